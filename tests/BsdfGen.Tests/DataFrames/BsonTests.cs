using Xunit;
using static BsdfGen.Tests.DataFrames.BsonBuilder;

namespace BsdfGen.Tests.DataFrames;

/// <summary>
/// Columns written as BSON match, byte for byte, the documents the bson_dataframe specification prints for its
/// examples (seed 002, and the upstream revision that <c>seed_docs.json</c> copies for struct and ordered).
/// </summary>
public class BsonTests
{
    private static readonly BsdfValidity FirstOfThree = BsdfValidity.FromBooleans([true, false, false]);
    private static readonly BsdfValidity FirstOfTwo = BsdfValidity.FromBooleans([true, false]);

    private static byte[] Column(string data, string mask, string type, params (string Key, object Value)[] rest) =>
        Document([("d", new Binary(data)), ("m", new Binary(mask)), ("t", type), .. rest]);

    private static void AssertBson(byte[] expected, BsdfColumn column)
    {
        var actual = BsdfDataFrameBson.ColumnToBson(column);
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
        Assert.True(column.ContentEquals(BsdfDataFrameBson.ColumnFromBson(expected)), "the expected bytes do not decode to the column");
    }

    [Fact]
    public void Null() =>
        AssertBson(Document(("d", new NumberLong(3)), ("m", new Binary("AQAAABAA")), ("t", "null")), new BsdfNullColumn(3));

    [Fact]
    public void Bool() =>
        AssertBson(Column("AwAAADABAAE=", "AQAAABCA", "bool"), new BsdfPrimitiveColumn<bool>([true, false, true], FirstOfThree));

    [Fact]
    public void Int32() =>
        AssertBson(Column("DAAAAMABAAAAAgAAAAMAAAA=", "AQAAABCA", "int32"), new BsdfPrimitiveColumn<int>([1, 2, 3], FirstOfThree));

    [Fact]
    public void Date_days() =>
        AssertBson(Column("CAAAAIAAAAAAzSoAAA==", "AQAAABCA", "date[d]"),
            new BsdfDateColumn(BsdfDateColumn.FromDates([new DateOnly(1970, 1, 1), new DateOnly(2000, 1, 1)]).Values, FirstOfTwo));

    [Fact]
    public void Date_milliseconds() =>
        AssertBson(Column("EAAAABMAAQCAIHsIa9wAAAA=", "AQAAABCA", "date[ms]"), new BsdfDateMillisecondsColumn([0, 946688523040], FirstOfTwo));

    [Fact]
    public void Timestamp_milliseconds() =>
        AssertBson(Column("EAAAABMAAQCAIHsIa9wAAAA=", "AQAAABCA", "timestamp[ms]"),
            new BsdfTimestampColumn([0, 946688523040], BsdfTimeUnit.Milliseconds, validity: FirstOfTwo));

    [Fact]
    public void Time_milliseconds() =>
        AssertBson(Column("DAAAAMABAAAAAgAAAAMAAAA=", "AQAAABCA", "time[ms]"), new BsdfTimeColumn([1, 2, 3], BsdfTimeUnit.Milliseconds, FirstOfThree));

    [Fact]
    public void Time_nanoseconds() =>
        AssertBson(Column("GAAAACIBAAEAEgIHAJAAAwAAAAAAAAA=", "AQAAABCA", "time[ns]"), new BsdfTimeColumn([1, 2, 3], BsdfTimeUnit.Nanoseconds, FirstOfThree));

    [Fact]
    public void Opaque() =>
        AssertBson(Column("CQAAAJBhYmNkZWZnaGk=", "AQAAABCA", "opaque", ("p", 3)), new BsdfOpaqueColumn(3, "abcdefghi"u8, FirstOfThree));

    [Fact]
    public void Bytes() =>
        AssertBson(Column("CwAAALBhYmNkZWZnaGlqaw==", "AQAAABCA", "bytes", ("o", new Binary("EAAAAPABAAAAAAMAAAAFAAAAAwAAAA=="))),
            new BsdfBinaryColumn("abcdefghijk"u8, [0, 3, 8, 11], FirstOfThree));

    [Fact]
    public void Utf8() =>
        AssertBson(Column("DAAAAMBhYmPOqcOlw5/iiJo=", "AQAAABCA", "utf8", ("o", new Binary("DAAAAMAAAAAAAwAAAAkAAAA="))),
            new BsdfStringColumn("abcΩåß√"u8, [0, 3, 12], FirstOfTwo));

    [Fact]
    public void List_as_the_seed_writes_it()
    {
        // The seed's encoder gives the elements a mask of the list's length (two bits set for five elements).
        var elements = new BsdfPrimitiveColumn<long>([1, 2, 3, 4, 5], BsdfValidity.FromBooleans([true, true, false, false, false]));
        var expected = Column(
            "KAAAACIBAAEAEgIHACMAAwgAEwQIAIAFAAAAAAAAAA==",
            "AQAAABDA",
            "int64");
        AssertBson(
            Document(("d", new Embedded(expected)), ("m", new Binary("AQAAABCA")), ("t", "list"), ("p", new Embedded(Document(("t", "int64")))),
                ("o", new Binary("DAAAAMAAAAAAAwAAAAIAAAA="))),
            new BsdfListColumn(elements, [0, 3, 5], FirstOfTwo));
    }

    [Fact]
    public void List_as_the_upstream_specification_writes_it() =>
        AssertBson(
            Document(
                ("d", new Embedded(Column("KAAAACIBAAEAEgIHACMAAwgAEwQIAIAFAAAAAAAAAA==", "AQAAABD4", "int64"))),
                ("m", new Binary("AQAAABCw")),
                ("t", "list"),
                ("p", new Embedded(Document(("t", "int64")))),
                ("o", new Binary("FAAAAFAAAAAAAwUAsAAAAAAAAAACAAAA"))),
            new BsdfListColumn(new BsdfPrimitiveColumn<long>([1, 2, 3, 4, 5]), [0, 3, 3, 3, 5], BsdfValidity.FromBooleans([true, false, true, true])));

    [Fact]
    public void Struct_as_the_upstream_specification_writes_it()
    {
        var fields = Document(
            ("x", new Embedded(Column("GAAAACIBAAEAEgIHAJAAAwAAAAAAAAA=", "AQAAABDg", "int64"))),
            ("y", new Embedded(Column("GAAAABEAAQAhEEAHALAAFEAAAAAAAAAYQA==", "AQAAABDg", "float64"))));
        var parameter = Array(Document(("n", "x"), ("t", "int64")), Document(("n", "y"), ("t", "float64")));
        AssertBson(
            Document(
                ("d", new Embedded(Document(("l", new NumberLong(3)), ("f", new Embedded(fields))))),
                ("m", new Binary("AQAAABCg")),
                ("t", "struct"),
                ("p", new Embedded(parameter, IsArray: true))),
            new BsdfStructColumn(3,
                [new("x", new BsdfPrimitiveColumn<long>([1, 2, 3])), new("y", new BsdfPrimitiveColumn<double>([4, 5, 6]))],
                BsdfValidity.FromBooleans([true, false, true])));
    }

    [Fact]
    public void Ordered_as_the_upstream_specification_writes_it()
    {
        var index = Column("FAAAABMAAQDAAQAAAAIAAAAAAAAA", "AQAAABD4", "int32");
        var dictionary = Column("CQAAAJBhYmNkZWZ4eXo=", "AQAAABDg", "utf8", ("o", new Binary("EAAAAPABAAAAAAMAAAADAAAAAwAAAA==")));
        AssertBson(
            Document(("d", new Embedded(Document(("i", new Embedded(index)), ("d", new Embedded(dictionary))))), ("m", new Binary("AQAAABDo")), ("t", "ordered")),
            new BsdfDictionaryColumn(
                new BsdfPrimitiveColumn<int>([0, 0, 1, 2, 0]),
                new BsdfStringColumn(["abc", "def", "xyz"]),
                ordered: true,
                BsdfValidity.FromBooleans([true, true, true, false, true])));
    }

    [Fact]
    public void A_frame_is_its_struct_document()
    {
        var frame = new BsdfDataFrame().Add("x", new long[] { 1, 2, 3 }).Add("y", new double[] { 4, 5, 6 });
        Assert.Equal(BsdfDataFrameBson.ColumnToBson(frame.ToStructColumn()), BsdfDataFrameBson.ToBson(frame));
        Assert.True(frame.ContentEquals(BsdfDataFrameBson.FromBson(BsdfDataFrameBson.ToBson(frame))));
    }

    [Fact]
    public void Column_names_with_NUL_cannot_be_BSON_keys() =>
        Assert.Throws<BsdfException>(() => BsdfDataFrameBson.ToBson(new BsdfDataFrame().Add("a\0b", new[] { 1 })));
}
