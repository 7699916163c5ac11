using MemoryPack;

namespace BsdfGen.Benchmarks.Arrays;

/// <summary>A contract holding each kind of large value: a <c>double[]</c>, a <c>float[,]</c> (an ndarray) and a <c>byte[]</c> blob.</summary>
[BsdfContract]
[MemoryPackable]
public partial class LargeRecord
{
    public string Name { get; set; } = "";
    public double[] Values { get; set; } = [];
    public float[,] Matrix { get; set; } = new float[0, 0];
    public byte[] Blob { get; set; } = [];
}
