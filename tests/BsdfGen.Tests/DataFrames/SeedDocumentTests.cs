using System.Text.Json;
using BsdfGen.DataFrames.Bson;
using BsdfGen.DataFrames.Conversion;
using BsdfGen.DataFrames.Documents;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>The specification's own example column documents (<c>seed_docs.json</c>) decode to the values and validity they stand for.</summary>
public class SeedDocumentTests
{
    public static TheoryData<string> CaseNames() =>
        new(DataFrameJson.Load("seed_docs.json").GetProperty("cases").EnumerateArray().Select(item => item.GetProperty("name").GetString()!));

    private static JsonElement Case(string name) =>
        DataFrameJson.Load("seed_docs.json").GetProperty("cases").EnumerateArray().Single(item => item.GetProperty("name").GetString() == name);

    private static DocumentNode Document(JsonElement item) =>
        DynamicDocuments.FromDynamic(DataFrameJson.ToDynamic(item.GetProperty("doc")), BsdfOptions.Default.MaxDepth);

    private static void AssertDecoded(BsdfColumn column, JsonElement item, string name)
    {
        DataFrameJson.AssertValidity(column, item.GetProperty("valid"), name);
        var values = item.TryGetProperty("values", out var plain) ? plain : item.GetProperty("values_base64");
        DataFrameJson.AssertValues(column, values, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_document_decodes_to_its_values_and_validity(string name)
    {
        var item = Case(name);
        var column = new ColumnDecoder(default, BsdfOptions.Default).DecodeColumn(Document(item), null, name, 0);
        Assert.Equal(item.GetProperty("doc").GetProperty("t").GetString(), column.Type.Name);
        AssertDecoded(column, item, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_document_as_BSON_decodes_through_the_public_entry_point(string name)
    {
        var item = Case(name);
        var bson = BsonDocumentWriter.Write((DocumentMap)Document(item), BsdfOptions.Default.MaxDepth);
        AssertDecoded(BsdfDataFrameBson.ColumnFromBson(bson), item, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_decoded_column_survives_our_encoding(string name)
    {
        var item = Case(name);
        var column = new ColumnDecoder(default, BsdfOptions.Default).DecodeColumn(Document(item), null, name, 0);
        var frame = new BsdfDataFrame().Add(name, column);
        var back = Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(frame)));
        Assert.True(frame.ContentEquals(back));
        AssertDecoded(BsdfDataFrameBson.ColumnFromBson(BsdfDataFrameBson.ColumnToBson(column)), item, name);
    }

    [Fact]
    public void Struct_and_list_examples_read_as_typed_values()
    {
        var record = (BsdfStructColumn)new ColumnDecoder(default, BsdfOptions.Default).DecodeColumn(Document(Case("struct_xy")), null, "s", 0);
        Assert.Equal(["x", "y"], record.FieldNames);
        Assert.Equal(BsdfColumnType.Struct([new("x", BsdfColumnType.Int64), new("y", BsdfColumnType.Float64)]), record.Type);
        Assert.Null(record.GetValue(1));
        var first = Assert.IsType<BsdfMap>(record.GetValue(0));
        Assert.Equal(1L, first["x"]);
        Assert.Equal(4.0, first["y"]);

        var list = (BsdfListColumn)new ColumnDecoder(default, BsdfOptions.Default).DecodeColumn(Document(Case("list_int64")), null, "l", 0);
        Assert.Equal([1L, 2L, 3L], list.GetValues<long>(0).ToArray());
        Assert.Equal([4L, 5L], list.GetValues<long>(3).ToArray());
        Assert.Null(list.GetValue(1));
        Assert.Equal(new List<object?>(), list.GetValue(2));

        var ordered = (BsdfDictionaryColumn)new ColumnDecoder(default, BsdfOptions.Default).DecodeColumn(Document(Case("ordered_utf8")), null, "o", 0);
        Assert.True(ordered.IsOrdered);
        Assert.Equal(["abc", "def", "xyz"], Enumerable.Range(0, 3).Select(i => ((BsdfStringColumn)ordered.Categories)[i]));
        Assert.Equal(["abc", "abc", "def", null, "abc"], Enumerable.Range(0, 5).Select(ordered.GetValue));
        Assert.Equal(1L, ordered.GetIndex(2));
        Assert.Null(ordered.GetIndex(3));
    }
}
