using System.Runtime.InteropServices;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>Building frames from arrays: copied exactly once by <c>Add</c>, not at all by <c>Wrap</c>, and no mask per column without missing values.</summary>
public class FrameBuildingTests
{
    private const int Rows = 100_000;

    private static T[] StorageOf<T>(ReadOnlyMemory<T> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) ? segment.Array! : throw new InvalidOperationException("not an array");

    [Fact]
    public void Wrap_uses_the_array_itself()
    {
        var values = new double[] { 1.5, -2, 3 };
        var column = BsdfPrimitiveColumn<double>.Wrap(values);
        Assert.Same(values, StorageOf(column.ValuesMemory));
        Assert.Equal(-2, column[1]);
        Assert.Equal(0, column.NullCount);
    }

    [Fact]
    public void Wrap_takes_a_validity_of_the_same_length_only()
    {
        var validity = BsdfValidity.FromBooleans([true, false, true]);
        var column = BsdfPrimitiveColumn<int>.Wrap([1, 2, 3], validity);
        Assert.Null(column[1]);
        Assert.Throws<ArgumentException>(() => BsdfPrimitiveColumn<int>.Wrap([1, 2], validity));
        Assert.Throws<ArgumentNullException>(() => BsdfPrimitiveColumn<int>.Wrap(null!));
    }

    [Fact]
    public void Wrapped_timestamps_use_the_array_and_round_trip()
    {
        var milliseconds = Enumerable.Range(0, 1000).Select(i => 1_767_225_600_000L + i * 250L).ToArray();
        var column = BsdfTimestampColumn.Wrap(milliseconds, BsdfTimeUnit.Milliseconds, "UTC");
        Assert.Same(milliseconds, StorageOf(column.ValuesMemory));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds[3]), column[3]);
        var frame = new BsdfDataFrame().Add("time", column);
        Assert.True(Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(frame))).ContentEquals(frame));
    }

    [Fact]
    public void Add_copies_the_array_once()
    {
        var ids = Enumerable.Range(0, Rows).Select(i => (long)i).ToArray();
        var frame = new BsdfDataFrame();
        var before = GC.GetAllocatedBytesForCurrentThread();
        frame.Add("id", ids);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotSame(ids, StorageOf(frame.GetColumn<BsdfPrimitiveColumn<long>>("id").ValuesMemory));
        Assert.InRange(allocated, Rows * 8L, (Rows * 8L) + (Rows / 8) + 4096);
    }

    [Fact]
    public void Columns_without_missing_values_share_one_validity()
    {
        var frame = new BsdfDataFrame()
            .Add("a", new long[Rows])
            .Add("b", new double[Rows])
            .Add("c", BsdfPrimitiveColumn<int>.Wrap(new int[Rows]));
        Assert.Same(frame["a"].Validity, frame["b"].Validity);
        Assert.Same(frame["a"].Validity, frame["c"].Validity);
        Assert.Equal(0, frame["a"].NullCount);
        Assert.Equal(Rows, BsdfValidity.AllValid(Rows).ValidCount);
        Assert.Equal(7, BsdfValidity.AllValid(7).ValidCount);
        Assert.Equal(0xFE, BsdfValidity.AllValid(7).Bits[0]);
    }

    [Fact]
    public void A_frame_of_wrapped_arrays_allocates_a_small_part_of_their_size()
    {
        var ids = new long[Rows];
        var values = new double[Rows];
        var flags = new bool[Rows];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var frame = new BsdfDataFrame()
            .Add("id", BsdfPrimitiveColumn<long>.Wrap(ids))
            .Add("value", BsdfPrimitiveColumn<double>.Wrap(values))
            .Add("flag", BsdfPrimitiveColumn<bool>.Wrap(flags));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(3, frame.ColumnCount);
        Assert.True(allocated < Rows, $"{allocated} bytes allocated for {Rows * 17} bytes of wrapped arrays");
    }
}
