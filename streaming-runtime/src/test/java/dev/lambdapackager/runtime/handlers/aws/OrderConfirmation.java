package dev.lambdapackager.runtime.handlers.aws;

import java.util.List;

/** A result bean with a null field, a nested bean and a list. */
public class OrderConfirmation {
    private final String orderId;
    private final double total;
    private final boolean express;
    private final List<String> tags;
    private final OrderRequest.Address shipTo;
    private final String trackingNumber = null;

    public OrderConfirmation(
            String orderId, double total, boolean express, List<String> tags, OrderRequest.Address shipTo) {
        this.orderId = orderId;
        this.total = total;
        this.express = express;
        this.tags = tags;
        this.shipTo = shipTo;
    }

    public String getOrderId() {
        return orderId;
    }

    public double getTotal() {
        return total;
    }

    public boolean isExpress() {
        return express;
    }

    public List<String> getTags() {
        return tags;
    }

    public OrderRequest.Address getShipTo() {
        return shipTo;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }
}
