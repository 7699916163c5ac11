namespace BsdfGen.Contracts.Tests.Contracts;

[BsdfContract]
public partial record SensorReading(long Id, string? Sensor, double Value, double? Quality, DateTime Taken, DateOnly Day, TimeOnly At, bool Ok, OrderStatus Status, byte[]? Raw)
{
    public float Weight { get; init; } = 1;
}
