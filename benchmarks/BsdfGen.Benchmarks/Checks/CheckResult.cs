namespace BsdfGen.Benchmarks.Checks;

/// <summary>One target of the same-process check: what it requires, what was measured, and whether it was met.</summary>
public sealed record CheckResult(string Target, string Measured, bool Met);
