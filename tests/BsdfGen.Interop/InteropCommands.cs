using System.Text.Json;

namespace BsdfGen.Interop;

/// <summary>The commands of the interop tool.</summary>
internal static class InteropCommands
{
    public static int WriteFrames(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, frame) in InteropFrames.All())
        {
            Bsdf.Save(Path.Combine(folder, name + ".bsdf"), new BsdfMap { ["frame"] = frame });
            using var json = File.Create(Path.Combine(folder, name + ".json"));
            using var writer = new Utf8JsonWriter(json);
            FrameDescription.Write(writer, frame);
        }

        return 0;
    }

    public static int Describe(IEnumerable<string> files)
    {
        using var output = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartArray();
        foreach (var file in files)
        {
            var root = Bsdf.Load(file);
            var frame = root as BsdfDataFrame
                ?? (root as BsdfMap)?["frame"] as BsdfDataFrame
                ?? throw new InvalidDataException($"{file} holds no data frame (the root or its \"frame\" entry)");
            FrameDescription.Write(writer, frame);
        }

        writer.WriteEndArray();
        return 0;
    }

    public static int Usage()
    {
        Console.Error.WriteLine("usage: BsdfGen.Interop write-frames DIR | describe FILE...");
        return 2;
    }
}
