package com.example.core;

public final class Greeter {
    private Greeter() {}

    public static String greet(String event) {
        return "core greets " + event;
    }
}
