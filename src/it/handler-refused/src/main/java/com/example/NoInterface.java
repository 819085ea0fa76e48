package com.example;

/** Has a handleRequest method, but implements no handler interface. */
public class NoInterface {
    public String handle(Object event, Object context) {
        return "never";
    }
}
