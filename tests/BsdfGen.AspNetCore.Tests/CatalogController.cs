using Microsoft.AspNetCore.Mvc;
using WebApi;

namespace BsdfGen.AspNetCore.Tests;

/// <summary>An MVC controller over the sample's contracts: bodies bind through the BSDF input formatter, answers negotiate.</summary>
[ApiController]
[Route("mvc/orders")]
public sealed class CatalogController : ControllerBase
{
    [HttpPost]
    public ActionResult<OrderReceipt> Post([FromBody] Order order) => ShopEndpoints.Receipt(order);

    [HttpGet("{id:long}")]
    public ActionResult<Order> Get(long id) => Pricing.SampleOrder(id);
}
