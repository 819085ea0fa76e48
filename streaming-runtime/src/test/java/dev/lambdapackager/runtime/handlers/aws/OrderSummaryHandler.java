package dev.lambdapackager.runtime.handlers.aws;

/** Binds through a generic superclass: {@code JsonTextHandler<OrderRequest>}. */
public class OrderSummaryHandler extends JsonTextHandler<OrderRequest> {
    @Override
    protected String describe(OrderRequest order) {
        return order.getCustomer() + " orders " + order.getQuantity() + " to "
                + order.getShipTo().getCity();
    }
}
