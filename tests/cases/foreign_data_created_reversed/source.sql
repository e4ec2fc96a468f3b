-- Before: nothing of the legacy system.
CREATE TABLE current_orders (id bigint PRIMARY KEY, amount numeric(10, 2));
