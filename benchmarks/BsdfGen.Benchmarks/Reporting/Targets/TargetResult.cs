namespace BsdfGen.Benchmarks.Reporting;

/// <summary>A performance target and what this run measured for it.</summary>
public sealed record TargetResult(string Target, string Required, string Measured, bool? Met)
{
    public string Status => Met switch
    {
        true => "met",
        false => "**missed**",
        null => "not measured",
    };

    /// <summary>How many times the speed of <paramref name="reference"/> <paramref name="subject"/> runs at, against a minimum.</summary>
    public static TargetResult Speedup(string target, Measurement? subject, Measurement? reference, double minimum, string required, bool strictlyFaster = false)
    {
        if (subject is null || reference is null)
        {
            return new TargetResult(target, required, "—", null);
        }

        var speed = reference.MeanNs / subject.MeanNs;
        var met = strictlyFaster ? speed > minimum : speed >= minimum;
        return new TargetResult(target, required, $"{speed:0.00}× ({Format.Time(subject.MeanNs)} vs {Format.Time(reference.MeanNs)})", met);
    }

    /// <summary>The time of <paramref name="subject"/> over the time of <paramref name="reference"/>, against a maximum.</summary>
    public static TargetResult TimeRatio(string target, Measurement? subject, Measurement? reference, double maximum, string required)
    {
        if (subject is null || reference is null)
        {
            return new TargetResult(target, required, "—", null);
        }

        var ratio = subject.MeanNs / reference.MeanNs;
        return new TargetResult(target, required, $"{ratio:0.00}× ({Format.Time(subject.MeanNs)} vs {Format.Time(reference.MeanNs)})", ratio <= maximum);
    }
}
