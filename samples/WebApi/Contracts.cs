using BsdfGen;

namespace WebApi;

// snake_case keys, as the Python client writes them.
[BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
public partial record OrderLine(string Sku, int Quantity, double UnitPrice);

[BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
public partial record Order(long Id, string Customer, List<OrderLine> Lines, DateTimeOffset Placed);

[BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
public partial record OrderReceipt(long OrderId, double Total, int LineCount, string Status);

[BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
public partial record PriceRequest(string Sku, int Quantity);

[BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
public partial record PriceQuote(string Sku, int Quantity, double Total);

[BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
public partial record TickerRequest(string Sku, int Count);
