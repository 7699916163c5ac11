namespace BsdfGen.Contracts.Tests.Contracts;

[BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
public partial record TrainingStep(string FirstName, double LossValue, int? BatchSize)
{
    [BsdfProperty("lr")]
    public double LearningRate { get; init; }
}

[BsdfContract(NamingPolicy = BsdfNamingPolicy.CamelCase)]
public partial class CamelSettings
{
    public string? URLValue { get; set; }

    public int RetryCount { get; set; }
}
