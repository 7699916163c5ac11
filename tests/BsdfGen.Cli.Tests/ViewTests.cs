using System.Numerics;
using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

public sealed class ViewTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Lines(params string[] lines) => TempDirectory.Lines(lines);

    private string View(object? value, params string[] options) => _dir.View(value, options);

    private static List<object?> ReferenceExample() =>
        ["xx", 4L, null, new List<object?> { 3L, 4L, 5L, 3L, 4L, 5L, 3L, 4L, 5L }];

    [Fact]
    public void List_matches_the_reference_example() =>
        Assert.Equal(
            Lines("[ list with 4 elements", "  'xx'", "  4", "  null", "  [ list with 9 elements",
                "    3", "    4", "    5", "    3", "    4", "    5", "    3", "    4", "    5", "  ]", "]"),
            View(ReferenceExample()));

    [Fact]
    public void Depth_one_collapses_deeper_containers() =>
        Assert.Equal(
            Lines("[ list with 4 elements", "  'xx'", "  4", "  null", "  [ list with 9 elements ]", "]"),
            View(ReferenceExample(), "--depth=1"));

    [Fact]
    public void Depth_zero_collapses_the_root() =>
        Assert.Equal(Lines("[ list with 4 elements ]"), View(ReferenceExample(), "--depth=0"));

    [Fact]
    public void Scalars_floats_and_strings_use_python_repr() =>
        Assert.Equal(
            Lines("[ list with 12 elements", "  true", "  false", "  -32768", "  9223372036854775807", "  1.0", "  -0.0",
                "  1e-05", "  1e+16", "  nan", "  \"it's\"", "  'line\\nbreak'",
                "  '" + new string('a', 39) + "\u2026'", "]"),
            View(new List<object?>
            {
                true, false, -32768L, long.MaxValue, 1.0, -0.0, 1e-5, 1e16, double.NaN, "it's", "line\nbreak", new string('a', 41),
            }));

    [Fact]
    public void Strings_of_forty_code_points_are_not_truncated()
    {
        var forty = string.Concat(Enumerable.Repeat("\U0001F600", 40));
        Assert.Equal(Lines("'" + forty + "'"), View(forty));
    }

    [Fact]
    public void Nested_mapping_puts_values_after_their_keys()
    {
        var value = new BsdfMap
        {
            ["name"] = "x",
            ["inner"] = new BsdfMap { ["list"] = new List<object?> { 1L, 2L }, ["empty"] = new BsdfMap() },
            ["n"] = 3.5,
        };
        Assert.Equal(
            Lines("{ mapping with 3 items", "  name: 'x'", "  inner: { mapping with 2 items", "    list: [ list with 2 elements",
                "      1", "      2", "    ]", "    empty: { mapping with 0 items", "    }", "  }", "  n: 3.5", "}"),
            View(value));
        Assert.Equal(
            Lines("{ mapping with 3 items", "  name: 'x'", "  inner: { mapping with 2 items }", "  n: 3.5", "}"),
            View(value, "--depth=1"));
    }

    [Fact]
    public void Blobs_show_their_header()
    {
        var output = View(new List<object?>
        {
            new byte[] { 1, 2, 3 },
            new BsdfBlob("foo"u8.ToArray(), BsdfCompression.None, extraSize: 10, useChecksum: true),
            new BsdfBlob(new byte[1000], BsdfCompression.Zlib),
        });
        var lines = output.Split('\n');
        Assert.Equal("  Binary blob size 3/3/3 compr 0 checksum none", lines[1]);
        Assert.Equal("  Binary blob size 13/3/3 compr 0 checksum acbd18db4cc2f85cedef654fccc4a4d8", lines[2]);
        Assert.Matches(@"^  Binary blob size (\d+)/\1/1000 compr 1 checksum none$", lines[3]);
    }

    [Fact]
    public void Extension_values_name_their_extension()
    {
        var output = View(new List<object?>
        {
            new Complex(3, 4),
            new BsdfExtensionValue("test.foo", new List<object?> { 7L, 42L }),
            new BsdfExtensionValue("test.bar", 5L),
            new BsdfNdArray(BsdfDType.Int16, [2], new byte[4]),
        });
        Assert.Equal(
            Lines("[ list with 4 elements", "  [ list with 2 elements (c)", "    3.0", "    4.0", "  ]",
                "  [ list with 2 elements (test.foo)", "    7", "    42", "  ]", "  5 (test.bar)",
                "  { mapping with 3 items (ndarray)", "    shape: [ list with 1 elements", "      2", "    ]",
                "    dtype: 'int16'", "    data: Binary blob size 4/4/4 compr 0 checksum none", "  }", "]"),
            output);
        Assert.Contains("  [ list with 2 elements ] (c)\n", _dir.Run("view", "data.bsdf", "--depth=1").AssertSuccess());
    }

    [Fact]
    public void Open_stream_shows_items_until_the_end()
    {
        WireBytes.Header().List(4).Int16(3).Int16(4).Int16(5).OpenStream().Int16(6).Int16(7).Save(_dir["stream.bsdf"]);
        Assert.Equal(
            Lines("[ list with 4 elements", "  3", "  4", "  5", "  [ streaming list", "    6", "    7", "  ]", "]"),
            _dir.Run("view", "stream.bsdf").AssertSuccess());
        Assert.Equal(
            Lines("[ list with 4 elements", "  3", "  4", "  5", "  [ streaming list ]", "]"),
            _dir.Run("view", "stream.bsdf", "--depth=1").AssertSuccess());
    }

    [Fact]
    public void Open_stream_written_by_the_runtime_and_never_closed()
    {
        var bytes = OpenStreamFile.Write(_dir["live.bsdf"]);
        File.WriteAllBytes(_dir["copy.bsdf"], bytes);
        Assert.Equal(
            Lines("[ list with 4 elements", "  3", "  4", "  5", "  [ streaming list", "    6", "    7", "  ]", "]"),
            _dir.Run("view", "copy.bsdf").AssertSuccess());
    }

    [Fact]
    public void Open_stream_item_cut_off_by_the_end_is_left_out_with_a_warning()
    {
        WireBytes.Header().List(2).Int16(3).OpenStream().Int16(6).String("seven").Raw((byte)'i', 1, 2, 3).Save(_dir["cut.bsdf"]);
        var result = _dir.Run("view", "cut.bsdf");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("[ list with 2 elements", "  3", "  [ streaming list", "    6", "    'seven'", "  ]", "]"), result.Output);
        var warning = Assert.Single(result.ErrorLines);
        Assert.StartsWith("BSDF warning: ", warning);
    }

    [Fact]
    public void Closed_stream_prints_its_count()
    {
        WireBytes.Header().List(2).Int16(1).ClosedStream(2).Int16(6).Int16(7).Int16(8).Save(_dir["closed.bsdf"]);
        Assert.Equal(
            Lines("[ list with 2 elements", "  1", "  [ list with 2 elements", "    6", "    7", "  ]", "]"),
            _dir.Run("view", "closed.bsdf").AssertSuccess());
    }

    [Fact]
    public void Newer_minor_version_warns_on_stderr_and_goes_on()
    {
        WireBytes.Header(minor: 9).List(2).Int16(1).Int16(2).Save(_dir["newer.bsdf"]);
        var result = _dir.Run("view", "newer.bsdf");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("[ list with 2 elements", "  1", "  2", "]"), result.Output);
        var warning = Assert.Single(result.ErrorLines);
        Assert.StartsWith("BSDF warning: ", warning);
        Assert.Contains("2.9", warning);
    }

    [Fact]
    public void Info_option_prints_the_info_block_first()
    {
        Bsdf.Save(_dir["small.bsdf"], 7L);
        var output = _dir.Run("view", "small.bsdf", "--info").AssertSuccess();
        Assert.StartsWith("BSDF info for: " + Path.GetFullPath(_dir["small.bsdf"]) + "\n  file_name:     small.bsdf\n", output);
        Assert.EndsWith("  file_version:  2.2\n\n7\n", output);
    }

    [Fact]
    public void Bad_magic_major_version_and_missing_file_are_errors()
    {
        File.WriteAllText(_dir["text.bsdf"], "hello");
        Assert.Equal("This does not look like a BSDF file: b'hell'", _dir.Run("view", "text.bsdf").AssertError());
        WireBytes.Header(major: 3).Null().Save(_dir["v3.bsdf"]);
        Assert.Contains("major version", _dir.Run("view", "v3.bsdf").AssertError());
        Assert.Equal("Cannot view invalid file: 'nothing.bsdf'", _dir.Run("view", "nothing.bsdf").AssertError());
    }

    [Fact]
    public void Truncated_file_is_an_error()
    {
        var bytes = Bsdf.Encode(new List<object?> { 1L, "hello" });
        File.WriteAllBytes(_dir["cut.bsdf"], bytes[..^2]);
        Assert.Contains("end of data", _dir.Run("view", "cut.bsdf").AssertError());
    }
}
