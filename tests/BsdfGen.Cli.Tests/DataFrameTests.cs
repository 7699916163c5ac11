using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

/// <summary><c>view</c> shows a data frame as a table; <c>convert</c> writes it to JSON as <c>{"column": [values]}</c>.</summary>
public sealed class DataFrameTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Lines(params string[] lines) => TempDirectory.Lines(lines);

    private string View(object? value, params string[] options) => _dir.View(value, options);

    private string ToJson(string source)
    {
        Assert.Equal("Wrote out.json\n", _dir.Run("convert", source, "out.json").AssertSuccess());
        return File.ReadAllText(_dir["out.json"]);
    }

    [Fact]
    public void View_shows_names_types_and_rows_of_the_vector_frame() =>
        Assert.Equal(
            Lines(
                "{ mapping with 2 items",
                "  name: 'df_basic'",
                "  frame: data frame with 3 rows and 4 columns (dataframe)",
                "       id     price    name    flag",
                "       int64  float64  utf8    bool",
                "    0  1      1.5      'abc'   true",
                "    1  2      null     null    null",
                "    2  3      -2.25    'Ωåß√'  false",
                "}"),
            _dir.Run("view", Vectors.DataFrameFile("df_basic.bsdf")).AssertSuccess());

    [Fact]
    public void View_shows_nested_and_temporal_cells()
    {
        var output = _dir.Run("view", Vectors.DataFrameFile("df_nested.bsdf")).AssertSuccess();
        Assert.Contains("       lst          pt                            nothing  grade                 city", output);
        Assert.Contains("       list<int64>  struct<x: int64, y: float64>  null     ordered<int32, utf8>  factor<int32, utf8>", output);
        Assert.Contains("    0  [1, 2, 3]    {x: 1, y: 4.0}                null     'abc'                 'oslo'", output);
        Assert.Contains("    3  [4, 5]       {x: 4, y: 7.5}                null     null                  'lima'", output);
        var temporal = _dir.Run("view", Vectors.DataFrameFile("df_temporal.bsdf")).AssertSuccess();
        Assert.Contains("timestamp[ns, Asia/Singapore]", temporal);
        Assert.Contains("2023-11-14T22:13:20.123456789Z", temporal);
        Assert.Contains("23:59:59.999999999", temporal);
    }

    [Fact]
    public void View_shows_the_first_ten_rows_of_a_root_frame()
    {
        var frame = new BsdfDataFrame()
            .Add("n", Enumerable.Range(0, 25).ToArray())
            .Add("text", Enumerable.Range(0, 25).Select(i => new string('x', i * 3)).ToArray());
        var lines = View(frame).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("data frame with 25 rows and 2 columns (dataframe)", lines[0]);
        Assert.Equal("     n      text", lines[1]);
        Assert.Equal("     int32  utf8", lines[2]);
        Assert.Equal("  0  0      ''", lines[3]);
        Assert.Equal("  9  9      'xxxxxxxxxxxxxxxxxxxxxxxxxxx'", lines[12]);
        Assert.Equal("  … 15 more rows", lines[13]);
        Assert.Equal(14, lines.Length);
    }

    [Fact]
    public void View_cuts_long_cells()
    {
        var frame = new BsdfDataFrame().Add("text", new[] { new string('y', 100) });
        var lines = View(frame).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("  0  '" + new string('y', 30) + "…", lines[3]);
    }

    [Fact]
    public void View_depth_collapses_a_frame_to_its_summary()
    {
        var value = new BsdfMap { ["frame"] = new BsdfDataFrame().Add("a", new[] { 1.5 }) };
        Assert.Equal(Lines("{ mapping with 1 items", "  frame: data frame with 1 row and 1 column (dataframe)", "}"), View(value, "--depth=1"));
        Assert.Equal(Lines("{ mapping with 1 items }"), View(value, "--depth=0"));
    }

    [Fact]
    public void View_shows_an_empty_frame()
    {
        Assert.Equal(
            Lines("data frame with 0 rows and 2 columns (dataframe)", "    a      b", "    int64  utf8"),
            View(new BsdfDataFrame().Add("a", Array.Empty<long>()).Add("b", Array.Empty<string>())));
        Assert.Equal(Lines("data frame with 0 rows and 0 columns (dataframe)"), View(new BsdfDataFrame()));
    }

    [Fact]
    public void View_falls_back_to_the_mapping_when_a_frame_is_broken()
    {
        var broken = new BsdfExtensionValue("dataframe", new BsdfMap { ["d"] = 1L, ["t"] = "struct" });
        Bsdf.Save(_dir["broken.bsdf"], broken);
        var result = _dir.Run("view", "broken.bsdf");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("{ mapping with 2 items (dataframe)", "  d: 1", "  t: 'struct'", "}"), result.Output);
        Assert.StartsWith("BSDF warning: The data frame cannot be shown as a table", result.Error);
    }

    [Fact]
    public void Convert_writes_columns_of_values_with_null_for_missing() =>
        Assert.Equal(
            "{\"name\": \"df_nested\", \"frame\": {\"lst\": [[1, 2, 3], [], null, [4, 5]], " +
            "\"pt\": [{\"x\": 1, \"y\": 4.0}, {\"x\": 2, \"y\": 5.0}, {\"x\": 3, \"y\": 6.0}, {\"x\": 4, \"y\": 7.5}], " +
            "\"nothing\": [null, null, null, null], \"grade\": [\"abc\", \"abc\", \"def\", null], \"city\": [\"oslo\", \"rome\", \"oslo\", \"lima\"]}}",
            ToJson(Vectors.DataFrameFile("df_nested.bsdf")));

    [Fact]
    public void Convert_writes_dates_and_times_as_ISO_8601_and_bytes_as_base64()
    {
        var temporal = ToJson(Vectors.DataFrameFile("df_temporal.bsdf"));
        Assert.Contains("\"day\": [\"1970-01-01\", \"2000-01-01\", \"2022-01-08\", null]", temporal);
        Assert.Contains("\"day_ms\": [\"1970-01-01T00:00:00.000\", \"2000-01-01T01:02:03.040\", \"2020-09-13T12:26:40.000\", null]", temporal);
        Assert.Contains("\"ts_s\": [\"1970-01-01T00:00:00\", \"2000-01-01T01:02:03\", \"1969-12-31T00:00:00\", \"2023-11-14T22:13:20\"]", temporal);
        Assert.Contains("\"ts_us\": [\"1970-01-01T00:00:00.000000Z\", ", temporal);
        Assert.Contains("\"t_ms\": [\"00:00:00.000\", \"00:00:00.001\", \"01:00:00.000\", \"23:59:59.999\"]", temporal);
        Assert.Equal(
            "{\"name\": \"df_binary\", \"frame\": {\"opq\": [\"YWJj\", null, \"Z2hp\"], \"raw\": [\"YWJj\", \"\", \"ZGVmZ2g=\"], " +
            "\"txt\": [\"abc\", \"\", \"\\u03a9\\u00e5\\u00df\\u221a \\ud83d\\ude00\"]}}",
            ToJson(Vectors.DataFrameFile("df_binary.bsdf")));
    }

    [Fact]
    public void Convert_keeps_the_extreme_numbers()
    {
        var numeric = ToJson(Vectors.DataFrameFile("df_numeric.bsdf"));
        Assert.Contains("\"u64\": [0, 1, 2, 3, 18446744073709551614, 18446744073709551615]", numeric);
        Assert.Contains("\"i64\": [-9223372036854775808, -1, 0, 1, 2, 9223372036854775807]", numeric);
        Assert.Contains("\"f16\": [0.0, 1.0, -2.5, 65504.0, 0.0999755859375, 3.140625]", numeric);
        Bsdf.Save(_dir["special.bsdf"], new BsdfDataFrame().Add("x", new double?[] { double.NaN, null, double.NegativeInfinity }));
        Assert.Equal("{\"x\": [NaN, null, -Infinity]}", ToJson("special.bsdf"));
    }

    [Fact]
    public void Convert_keeps_dates_and_times_beyond_ISO_8601_as_numbers()
    {
        var frame = new BsdfDataFrame()
            .Add("day", new BsdfDateColumn([int.MaxValue, -719162]))
            .Add("ts", new BsdfTimestampColumn([long.MaxValue, -62135596800], BsdfTimeUnit.Seconds, "UTC"))
            .Add("time", new BsdfTimeColumn([-1, 86_399_999], BsdfTimeUnit.Milliseconds));
        Bsdf.Save(_dir["extreme.bsdf"], frame);
        Assert.Equal(
            "{\"day\": [2147483647, \"0001-01-01\"], \"ts\": [9223372036854775807, \"0001-01-01T00:00:00Z\"], \"time\": [-1, \"23:59:59.999\"]}",
            ToJson("extreme.bsdf"));
    }

    [Fact]
    public void Convert_to_BSDF_re_encodes_the_frame()
    {
        Assert.Equal("Wrote out.bsdf\n", _dir.Run("convert", Vectors.DataFrameFile("df_nested.bsdf"), "out.bsdf").AssertSuccess());
        var original = (BsdfDataFrame)((BsdfMap)Bsdf.Load(Vectors.DataFrameFile("df_nested.bsdf"))!)["frame"]!;
        var copy = (BsdfDataFrame)((BsdfMap)Bsdf.Load(_dir["out.bsdf"])!)["frame"]!;
        Assert.True(original.ContentEquals(copy));
    }

    [Fact]
    public void A_corrupt_frame_fails_convert_with_a_located_error()
    {
        var bytes = File.ReadAllBytes(Vectors.DataFrameFile("df_basic.bsdf"));
        File.WriteAllBytes(_dir["cut.bsdf"], bytes[..^40]);
        Assert.Contains("at byte", _dir.Run("convert", "cut.bsdf", "out.json").AssertError());
        Assert.False(File.Exists(_dir["out.json"]));
    }
}
