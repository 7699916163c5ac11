using BsdfGen;

namespace TrimmedApp;

[BsdfContract]
public partial class Order
{
    public int Id { get; set; }
    public string Customer { get; set; } = "";
    public DateTime Placed { get; set; }
    public List<Line> Lines { get; set; } = [];
    public string[] Tags { get; set; } = [];
    public double[] Samples { get; set; } = [];
    public Shape? Shape { get; set; }
}

[BsdfContract]
public partial record Line(string Sku, int Quantity, double Price);

[BsdfContract]
[BsdfKnownType(typeof(Circle))]
public abstract partial class Shape;

[BsdfContract(Extension = "trimmed.circle")]
public partial class Circle : Shape
{
    public double Radius { get; set; }
}
