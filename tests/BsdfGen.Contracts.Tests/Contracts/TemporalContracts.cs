namespace BsdfGen.Contracts.Tests.Contracts;

[BsdfContract]
public partial record Moment(DateTime When, DateTimeOffset WhenOffset, DateTime? Maybe);

[BsdfContract]
public partial record TimedSample(long Id, DateTime Taken, DateTime? Checked);
