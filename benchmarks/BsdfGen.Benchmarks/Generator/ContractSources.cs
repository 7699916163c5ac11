using System.Text;

namespace BsdfGen.Benchmarks.Generator;

/// <summary>Builds the input of the generator benchmark: a number of <c>[BsdfContract]</c> declarations, one file each.</summary>
internal static class ContractSources
{
    public const string UnrelatedFile = """
        namespace Bench.Contracts;

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;
        }
        """;

    /// <summary>
    /// A generic contract and calls to typed entry points: every contract read at the top level, every tenth also inside
    /// the generic contract (a closed generic contract the generated module initializer registers).
    /// </summary>
    public static string CallSites(int count)
    {
        var source = new StringBuilder();
        source.AppendLine("using System.Collections.Generic;")
            .AppendLine("using BsdfGen;")
            .AppendLine()
            .AppendLine("namespace Bench.Contracts;")
            .AppendLine()
            .AppendLine("[BsdfContract] public partial class Box<T> { public T Value { get; set; } = default!; public List<T> More { get; set; } = new(); }")
            .AppendLine()
            .AppendLine("public static class Store")
            .AppendLine("{")
            .AppendLine("    public static void ReadAll(byte[] bytes)")
            .AppendLine("    {");
        for (var i = 0; i < count; i++)
        {
            source.AppendLine($"        Bsdf.Deserialize<Contract{i}>(bytes);");
            if (i % 10 == 0)
            {
                source.AppendLine($"        Bsdf.Deserialize<Box<Contract{i}>>(bytes);");
                source.AppendLine($"        Bsdf.Serialize(new Dictionary<string, Kind{i}>());");
            }
        }

        return source.AppendLine("    }").AppendLine("}").ToString();
    }

    public static string[] Create(int count)
    {
        var sources = new string[count];
        for (var i = 0; i < count; i++)
        {
            sources[i] = Contract(i);
        }

        return sources;
    }

    /// <summary>Classes, records and structs in turn, with scalars, strings, dates, lists, arrays, dictionaries, enums and nesting.</summary>
    private static string Contract(int i)
    {
        var source = new StringBuilder();
        source.AppendLine("using System;")
            .AppendLine("using System.Collections.Generic;")
            .AppendLine("using BsdfGen;")
            .AppendLine()
            .AppendLine("namespace Bench.Contracts;")
            .AppendLine()
            .AppendLine($"public enum Kind{i} {{ None, First, Second, Third }}")
            .AppendLine();
        var previous = i > 0 ? $"    public Contract{i - 1}? Previous {{ get; set; }}" : "    public string? Previous { get; set; }";
        switch (i % 3)
        {
            case 0:
                source.AppendLine("[BsdfContract]")
                    .AppendLine($"public partial class Contract{i}")
                    .AppendLine("{")
                    .AppendLine("    public int Id { get; set; }")
                    .AppendLine("    [BsdfProperty(\"display_name\")] public string Name { get; set; } = \"\";")
                    .AppendLine("    public double Value { get; set; }")
                    .AppendLine("    public DateTime When { get; set; }")
                    .AppendLine($"    public Kind{i} Kind {{ get; set; }}")
                    .AppendLine("    public List<string> Tags { get; set; } = new();")
                    .AppendLine("    public double[] Samples { get; set; } = [];")
                    .AppendLine("    public Dictionary<string, int> Counts { get; set; } = new();")
                    .AppendLine("    public long? Maybe { get; set; }")
                    .AppendLine("    [BsdfIgnore] public int Cached { get; set; }")
                    .AppendLine(previous)
                    .AppendLine("}");
                break;
            case 1:
                source.AppendLine("[BsdfContract]")
                    .AppendLine($"public partial record Contract{i}(int Id, string Name, decimal Price)")
                    .AppendLine("{")
                    .AppendLine("    public Guid Reference { get; init; }")
                    .AppendLine("    public string[] Aliases { get; init; } = [];")
                    .AppendLine($"    public Kind{i} Kind {{ get; init; }}")
                    .AppendLine("    public TimeSpan Duration { get; init; }")
                    .AppendLine(previous.Replace("set;", "init;"))
                    .AppendLine("}");
                break;
            default:
                source.AppendLine("[BsdfContract]")
                    .AppendLine($"public partial struct Contract{i}")
                    .AppendLine("{")
                    .AppendLine("    public float X { get; set; }")
                    .AppendLine("    public float Y { get; set; }")
                    .AppendLine("    public short Level { get; set; }")
                    .AppendLine("    public bool Visible { get; set; }")
                    .AppendLine("    public DateOnly Day { get; set; }")
                    .AppendLine("    public List<int> Values { get; set; }")
                    .AppendLine("}");
                break;
        }

        return source.ToString();
    }
}
