// Contracts whose simple names repeat: each gets its own generated file and serializer.
namespace BsdfGen.Contracts.Tests.Contracts
{
    public partial class Warehouse
    {
        [BsdfContract]
        public partial class Item
        {
            public string Sku { get; set; } = "";

            public int Count { get; set; }
        }
    }

    public partial class Invoice
    {
        [BsdfContract]
        public partial record Item(string Description, decimal Price);
    }

    [BsdfContract]
    public partial class Item
    {
        public long Id { get; set; }

        public Warehouse.Item? Stock { get; set; }

        public Invoice.Item? Billed { get; set; }

        public Other.Item? Elsewhere { get; set; }

        public Item<string>? Tagged { get; set; }

        public ITEM? Shouted { get; set; }
    }

    [BsdfContract]
    public partial class Item<T>
    {
        public T? Value { get; set; }
    }

    /// <summary>Differs from <see cref="Item"/> in case only, as the generated file names may not.</summary>
    [BsdfContract]
    public partial class ITEM
    {
        public bool Loud { get; set; }
    }

    /// <summary>A key written on a positional parameter without <c>property:</c>.</summary>
    [BsdfContract]
    public partial record Reading([BsdfProperty("t")] double Temperature, [property: BsdfProperty("h")] double Humidity, string Station);
}

namespace BsdfGen.Contracts.Tests.Contracts.Other
{
    [BsdfContract]
    public partial class Item
    {
        public double Weight { get; set; }
    }
}
