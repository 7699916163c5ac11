using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

public class DataFrameRowsTests
{
    private static readonly DateTime Start = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    private static List<SensorReading> Readings(int count) => Enumerable.Range(0, count).Select(i => new SensorReading(
        i, i % 3 == 0 ? null : $"s{i % 5}", i * 0.5, i % 4 == 0 ? null : i / 10.0, Start.AddSeconds(i), DateOnly.FromDateTime(Start).AddDays(i % 7),
        new TimeOnly(i % 24, 30), i % 2 == 0, (OrderStatus)(1 + (i % 2)), i % 5 == 0 ? null : [(byte)i])
    {
        Weight = i,
    }).ToList();

    [Fact]
    public void Contract_lists_become_typed_columns()
    {
        var frame = Readings(10).ToDataFrame();
        Assert.Equal(10, frame.RowCount);
        Assert.Equal(["Id", "Sensor", "Value", "Quality", "Taken", "Day", "At", "Ok", "Status", "Raw", "Weight"], frame.ColumnNames);
        Assert.Equal("int64", frame["Id"].Type.ToString());
        Assert.Equal("utf8", frame["Sensor"].Type.ToString());
        Assert.Equal(3, frame["Quality"].NullCount);
        Assert.Equal("uint8", frame["Status"].Type.ToString());
        Assert.Equal("date[d]", frame["Day"].Type.ToString());
        Assert.Equal([0.0, 0.5, 1.0], frame.GetColumn<BsdfPrimitiveColumn<double>>("Value").Values[..3].ToArray());
    }

    [Fact]
    public void Frames_read_back_into_equal_records_through_bsdf()
    {
        var readings = Readings(1000);
        var bytes = Bsdf.Encode(readings.ToDataFrame());
        var back = Assert.IsType<BsdfDataFrame>(Bsdf.Decode(bytes)).ToRows<SensorReading>();
        Assert.Equal(readings.Count, back.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            Assert.Equal(readings[i] with { Raw = null }, back[i] with { Raw = null });
            Assert.Equal(readings[i].Raw, back[i].Raw);
            Assert.Equal(readings[i].Weight, back[i].Weight);
        }
    }

    [Fact]
    public void Missing_optional_columns_keep_defaults_and_missing_required_ones_are_errors()
    {
        var frame = Readings(3).ToDataFrame();
        frame.Remove("Weight");
        Assert.All(frame.ToRows<SensorReading>(), reading => Assert.Equal(1, reading.Weight));
        frame.Remove("Value");
        var error = Assert.Throws<BsdfException>(() => frame.ToRows<SensorReading>());
        Assert.Contains("'Value'", error.Message);
    }

    [Fact]
    public void Columns_of_the_wrong_type_or_with_unexpected_nulls_are_errors()
    {
        var frame = Readings(3).ToDataFrame();
        frame["Value"] = BsdfColumn.Create(new[] { "a", "b", "c" });
        Assert.Contains("Column 'Value'", Assert.Throws<BsdfException>(() => frame.ToRows<SensorReading>()).Message);
        frame["Value"] = BsdfColumn.Create(new double?[] { 1, null, 3 });
        Assert.Contains("missing", Assert.Throws<BsdfException>(() => frame.ToRows<SensorReading>()).Message);
    }

    [Fact]
    public void Contracts_with_nested_members_have_no_frame_conversion()
    {
        Assert.DoesNotContain(typeof(Order).GetInterfaces(), type => type.Name.StartsWith("IBsdfFrameRow", StringComparison.Ordinal));
        Assert.True(typeof(IBsdfFrameRow<OrderLine>).IsAssignableFrom(typeof(OrderLine)));
    }
}
