using BsdfGen.Fuzz.Targets;

namespace BsdfGen.Fuzz;

/// <summary>Every target, by the name run.sh passes.</summary>
internal static class FuzzTargets
{
    public static readonly IReadOnlyList<FuzzTarget> All =
    [
        DecodeTarget.Create(),
        DeserializeTarget.Create(),
        OpenTarget.Create(),
        ListStreamTarget.Create(),
        DataFrameTarget.Create(),
        Lz4Target.Create(),
        JsonTarget.Create(),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(target => target.Name == name);
}
