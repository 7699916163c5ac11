using System.Diagnostics;
using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

/// <summary>
/// The tool reads every file as untrusted data: small files that decode to huge values are a one-line error, never an
/// exhausted machine; JSON output is bounded; nothing is left behind.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const long MiB = 1 << 20;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] ZlibBomb(int blobs, long blobSize)
    {
        var blob = new BsdfBlob(new byte[blobSize], BsdfCompression.Zlib);
        return Bsdf.Encode(Enumerable.Repeat<object?>(blob, blobs).ToList());
    }

    [Fact]
    public void Zlib_blobs_over_the_budget_are_a_one_line_error()
    {
        File.WriteAllBytes(_dir["bomb.bsdf"], ZlibBomb(6, 48 * MiB));
        var message = _dir.Run("convert", "bomb.bsdf", "out.json").AssertError();
        Assert.Contains("BsdfOptions.MaxDecodedBytes", message);
        Assert.Contains("--max-decoded=N", message);
        Assert.Contains("BsdfOptions.MaxDecodedBytes", _dir.Run("convert", "bomb.bsdf", "out.bsdf").AssertError());
        Assert.Equal(["bomb.bsdf"], _dir.FileNames());
        _dir.Run("convert", "bomb.bsdf", "out.bsdf", $"--max-decoded={300 * MiB}").AssertSuccess();
    }

    [Fact]
    public void The_memory_sized_budget_stops_a_bomb_in_a_process_with_a_small_heap()
    {
        File.WriteAllBytes(_dir["bomb.bsdf"], ZlibBomb(6, 100 * MiB));
        var smallHeap = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x20000000" };
        var result = CliProcess.Run(_dir.Path, smallHeap, "convert", "bomb.bsdf", "out.bsdf", "--max-decoded=memory");
        Assert.Contains("BsdfOptions.MaxDecodedBytes", result.AssertError());
        Assert.Contains("268435456", result.Error);
    }

    [Fact]
    public void A_frame_claiming_too_many_rows_is_a_one_line_error()
    {
        Bsdf.Save(_dir["frame.bsdf"], new BsdfDataFrame().Add("a", new BsdfNullColumn((1 << 24) + 1)));
        Assert.True(new FileInfo(_dir["frame.bsdf"]).Length < 64 * 1024);
        Assert.Contains("BsdfOptions.MaxFrameRows", _dir.Run("convert", "frame.bsdf", "out.json").AssertError());
        Assert.Contains("MaxFrameRows", _dir.Run("view", "frame.bsdf").Error);
    }

    [Fact]
    public void Json_output_over_its_limit_is_an_error_and_writes_nothing()
    {
        Bsdf.Save(_dir["frame.bsdf"], new BsdfDataFrame().Add("a", new BsdfNullColumn(1 << 20)).Add("b", new BsdfNullColumn(1 << 20)));
        var message = _dir.Run("convert", "frame.bsdf", "out.json", $"--max-json={MiB}").AssertError();
        Assert.Contains("--max-json", message);
        Assert.Equal(["frame.bsdf"], _dir.FileNames());
        _dir.Run("convert", "frame.bsdf", "out.json", $"--max-json={64 * MiB}").AssertSuccess();
        Assert.InRange(new FileInfo(_dir["out.json"]).Length, 2 * MiB, 64 * MiB);
    }

    [Theory]
    [InlineData("out.json")]
    [InlineData("out.bsdf")]
    public void Saves_killed_midway_leave_no_growing_pile_of_temporary_files(string target)
    {
        // About 20 MB of output: the write takes long enough to be killed while its temporary file exists.
        Bsdf.Save(_dir["data.bsdf"], Enumerable.Range(0, 1_000_000).Select(i => (object?)(i * 0.1)).ToList());
        var temporaryPattern = $".{target}.*.tmp";
        var killed = 0;
        for (var round = 0; round < 6; round++)
        {
            using var process = CliProcess.Start(_dir.Path, new Dictionary<string, string>(), "convert", "data.bsdf", target);
            process.StandardInput.Close();
            var clock = Stopwatch.StartNew();
            // The temporary file is named after the writing process.
            var ownTemporary = $".{target}.{process.Id}.*.tmp";
            while (!process.HasExited && Directory.GetFiles(_dir.Path, ownTemporary).Length == 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(2);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killed++;
            }

            process.WaitForExit();
            Assert.InRange(Directory.GetFiles(_dir.Path, temporaryPattern).Length, 0, 1);
        }

        Assert.True(killed >= 3, $"only {killed} of 6 runs were killed during the write");
        _dir.Run("convert", "data.bsdf", target).AssertSuccess();
        Assert.Empty(Directory.GetFiles(_dir.Path, temporaryPattern));
    }
}
