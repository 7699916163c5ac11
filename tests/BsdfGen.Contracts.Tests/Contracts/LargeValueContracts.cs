namespace BsdfGen.Contracts.Tests.Contracts;

/// <summary>A contract holding each kind of large value, for the large-value paths.</summary>
[BsdfContract]
public partial class LargeHolder
{
    public string Name { get; set; } = "";
    public double[] Values { get; set; } = [];
    public float[,] Matrix { get; set; } = new float[0, 0];
    public byte[]? Blob { get; set; }
    public ReadOnlyMemory<byte> Memory { get; set; }
    public short[,,] Cube { get; set; } = new short[0, 0, 0];
}
