using System.Text.Json.Nodes;
using LawyerWork.BuildingBlocks.Audit;

namespace LawyerWork.BuildingBlocks.Tests.Audit;

/// <summary>RFC 8785 behaviour for the value kinds the audit trail seals.</summary>
public sealed class CanonicalJsonTests
{
    [TestCase("""{"b":1,"a":2,"c":{"z":null,"y":true}}""", """{"a":2,"b":1,"c":{"y":true,"z":null}}""")]
    [TestCase("""{ "list" : [ 3 , "x" , false ] }""", """{"list":[3,"x",false]}""")]
    [TestCase("""{"\u20ac":"€","$":"$","a":"a"}""", """{"$":"$","a":"a","€":"€"}""")]
    [TestCase("""{"s":"quote \" backslash \\ tab \t nl \n ctl \u0001"}""", """{"s":"quote \" backslash \\ tab \t nl \n ctl \u0001"}""")]
    [TestCase("""{"s":"中文 and \u2028 stay literal"}""", "{\"s\":\"中文 and \u2028 stay literal\"}")]
    public void Members_sort_by_code_unit_whitespace_goes_and_strings_escape_as_ecmascript_does(string input, string canonical) =>
        Assert.That(CanonicalJson.Serialize(JsonNode.Parse(input)), Is.EqualTo(canonical));

    [Test]
    public void Keys_sort_by_utf16_code_units_not_by_culture()
    {
        // RFC 8785 §3.2.3's example ordering: "\r" < "1" < "\u0080" < "\u00f6" < "\u20ac" < "\ud83d\ude00" < "\ufb33".
        var node = JsonNode.Parse("""{"\ufb33":1,"\u20ac":2,"\ud83d\ude00":3,"\u00f6":4,"\u0080":5,"1":6,"\r":7}""");
        Assert.That(CanonicalJson.Serialize(node), Is.EqualTo("{\"\\r\":7,\"1\":6,\"\u0080\":5,\"\u00f6\":4,\"\u20ac\":2,\"\ud83d\ude00\":3,\"\ufb33\":1}"));
    }

    [Test]
    public void The_same_record_gives_the_same_seal_and_any_change_another()
    {
        var record = new AuditRecord { Id = Guid.Parse("01934b1e-0000-7000-8000-000000000001"), RecordedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(60), ActorId = "u1", ActorName = "张三", Operation = "RegisterFirm", Sequence = 1, SealKeyId = "k" };
        var key = new byte[32];
        var seal = AuditChain.Seal(key, null, record);
        Assert.That(AuditChain.Seal(key, null, record), Is.EqualTo(seal));
        Assert.That(AuditChain.Canonical(record), Does.Contain("\"recordedAt\":\"2026-01-02T03:04:05.000006Z\""));
        record.ActorName = "李四";
        Assert.That(AuditChain.Seal(key, null, record), Is.Not.EqualTo(seal));
        record.ActorName = "张三";
        Assert.That(AuditChain.Seal(key, "previous", record), Is.Not.EqualTo(seal));
    }
}
