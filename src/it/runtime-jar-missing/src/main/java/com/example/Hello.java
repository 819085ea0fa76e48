package com.example;

public class Hello {
    public static void main(String[] args) {
        System.out.println("not a Lambda handler: the streaming runtime is not a dependency");
    }
}
