namespace BsdfGen.Benchmarks;

/// <summary>
/// Full suite or the quick check (<c>--short</c>). The mode travels to benchmark processes through an environment
/// variable, so the parameter sources below give the same sizes in the host and in every child process.
/// </summary>
public static class BenchMode
{
    public const string Variable = "BSDFGEN_BENCH_SHORT";

    public static bool IsShort => Environment.GetEnvironmentVariable(Variable) == "1";

    public static void SetShort(bool isShort) => Environment.SetEnvironmentVariable(Variable, isShort ? "1" : null);

    public static string Name => IsShort ? "short" : "full";
}
