namespace BsdfGen.Contracts.Tests.Contracts;

[BsdfContract]
[BsdfKnownType(typeof(Circle))]
[BsdfKnownType(typeof(Square))]
public abstract partial class Shape
{
    public string Label { get; set; } = "";
}

[BsdfContract(Extension = "test.circle")]
public partial class Circle : Shape
{
    public double Radius { get; set; }
}

[BsdfContract(Extension = "test.square")]
public partial class Square : Shape
{
    public double Side { get; set; }
}

[BsdfContract]
public partial class Drawing
{
    public List<Shape> Shapes { get; set; } = new();

    public Shape? Highlight { get; set; }
}

[BsdfContract(Extension = "test.tagged")]
public partial record Tagged(int A);
