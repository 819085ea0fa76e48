#!/bin/sh
echo wrapper
