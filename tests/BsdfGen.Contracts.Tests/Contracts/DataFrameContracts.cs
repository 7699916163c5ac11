namespace BsdfGen.Contracts.Tests.Contracts;

/// <summary>A contract with data frame members.</summary>
[BsdfContract]
public partial class Report
{
    public string Title { get; set; } = "";

    public BsdfDataFrame? Table { get; set; }

    public List<BsdfDataFrame?> History { get; set; } = [];
}
