package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A POJO RequestHandler: binds the event to a bean and answers with another; refuses empty orders. */
public class OrderHandler implements RequestHandler<OrderRequest, OrderConfirmation> {
    @Override
    public OrderConfirmation handleRequest(OrderRequest order, Context context) {
        if (order.getQuantity() <= 0) {
            throw new OrderRejectedException("Order " + order.getOrderId() + " has no items");
        }
        return new OrderConfirmation(
                order.getOrderId(),
                order.getQuantity() * order.getUnitPrice(),
                order.isExpress(),
                order.getTags(),
                order.getShipTo());
    }
}
