using System.Net;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.IntegrationTests.Access;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Audit;

public sealed class AuditTrailTests
{
    private static async Task<List<AuditRecord>> RecordsAsync(LawyerWorkFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking().OrderBy(r => r.RecordedAt).ToListAsync();
    }

    // Raw SQL is how tampering happens: straight at the table, past the application. The table's
    // name differs by provider (registry_firms on SQLite, registry.firms on a server).
    private static Task ExecuteAsync(LawyerWorkFactory factory, string sql) =>
        factory.Database.ExecuteAsync(sql
            .Replace("audit_records", factory.Database.Table("audit", "records"), StringComparison.Ordinal)
            .Replace("registry_firms", factory.Database.Table("registry", "firms"), StringComparison.Ordinal));

    private static Task<int> SealAsync(LawyerWorkFactory factory) => factory.Services.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None);

    private static async Task<AuditVerification> VerifyAsync(LawyerWorkFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    }

    [Test]
    public async Task A_command_records_who_changed_what_in_its_own_transaction_with_personal_data_masked()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var firm = await new RegistrySamples(client).CreateFirmAsync();
        var lawyerBody = LawyerBody(Guid.Parse(firm.GetProperty("id").GetString()!));
        var created = await client.SendAsync(Post("/api/registry/lawyers", lawyerBody, Province, "provincial-officer"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var records = await RecordsAsync(factory);
        var firmRecord = records.Single(r => r.Operation == "RegisterFirm" && r.TargetType == "Firm");
        Assert.That(firmRecord.ActorId, Is.EqualTo("test-provincial-officer"));
        Assert.That(firmRecord.Role, Is.EqualTo("provincial-officer"));
        Assert.That(firmRecord.RegionCode, Is.EqualTo("220104"));
        Assert.That(firmRecord.Details, Does.Contain(firm.GetProperty("uscc").GetString()));
        Assert.That(firmRecord.TraceId, Is.Not.Empty);

        var lawyerRecord = records.Single(r => r.Operation == "RegisterLawyer" && r.TargetType == "Lawyer");
        Assert.That(lawyerRecord.Details, Does.Contain("\"field\":\"IdNumber\",\"before\":null,\"after\":\"***\""));
        Assert.That(records.Select(r => r.Details ?? ""), Has.None.Contains((string)lawyerBody["idNumber"]!).And.None.Contains("13812345678"));
        Assert.That(records.Where(r => r.Operation == "RegisterLawyer").Select(r => r.TargetType), Does.Contain("Firm"), "the firm's count changed in the same command");
    }

    [Test]
    public async Task A_command_that_fails_in_the_database_leaves_only_its_failure_record()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        await client.GetAsync("/health/ready");
        await ExecuteAsync(factory, factory.Database.IsSqlite
            ? "CREATE TRIGGER refuse BEFORE INSERT ON registry_firms WHEN NEW.name = '触发失败律师事务所' BEGIN SELECT RAISE(ABORT, 'refused'); END;"
            : """
              CREATE FUNCTION registry.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
              CREATE TRIGGER refuse BEFORE INSERT ON registry_firms FOR EACH ROW WHEN (NEW.name = '触发失败律师事务所') EXECUTE FUNCTION registry.refuse();
              """);

        var response = await client.SendAsync(Post("/api/registry/firms", FirmBody(name: "触发失败律师事务所")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));

        var records = await RecordsAsync(factory);
        Assert.That(records.Where(r => r.Operation == "RegisterFirm").Select(r => (r.Outcome, r.Reason, r.TargetType)),
            Is.EqualTo(new[] { (AuditOutcome.Failed, (string?)"error", (string?)null) }));
        var list = await (await client.SendAsync(Get("/api/registry/firms"))).AssertOkJsonAsync();
        Assert.That(list.GetProperty("totalCount").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Invalid_input_refusals_failed_sign_ins_exports_and_personal_data_reads_are_recorded()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var invalid = FirmBody();
        invalid["uscc"] = "31220100MD00000012";
        await client.SendAsync(Post("/api/registry/firms", invalid));
        await client.SendAsync(Post("/api/registry/firms", FirmBody(), Province, "auditor"));
        using (var browser = new AccessDriver(factory).Browser())
        {
            await AccessDriver.SignInAsync(browser, "nobody", "Wrong-Password-1");
        }

        await client.SendAsync(Get("/api/registry/lawyers/export?regionCode=220100"));
        var firm = await new RegistrySamples(client).CreateFirmAsync();
        var lawyer = await new RegistrySamples(client).CreateLawyerAsync(Guid.Parse(firm.GetProperty("id").GetString()!));
        await client.SendAsync(Get($"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}"));
        await client.SendAsync(Get($"/api/registry/lawyers/{lawyer.GetProperty("id").GetString()}", Changchun, "city-officer"));

        var records = await RecordsAsync(factory);
        Assert.That(records.Any(r => r.Operation == "RegisterFirm" && r.Outcome == AuditOutcome.Failed && r.Reason == "invalid: uscc"), Is.True);
        Assert.That(records.Any(r => r.Operation == "RegisterFirm" && r.Outcome == AuditOutcome.Denied && r.Role == "auditor"), Is.True);
        Assert.That(records.Any(r => r.Operation == "SignIn" && r.Outcome == AuditOutcome.Failed && r.TargetId == "nobody"), Is.True);
        Assert.That(records.Any(r => r.Operation == "ExportLawyers" && r.Details == "?regionCode=220100"), Is.True);
        Assert.That(records.Count(r => r.Operation == "ReadPersonalData"), Is.EqualTo(1), "only the unmasked read");
    }

    [Test]
    public async Task Sealing_makes_an_intact_chain_and_verification_names_each_kind_of_tampering()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var samples = new RegistrySamples(client);
        for (var i = 0; i < 6; i++)
        {
            await samples.CreateFirmAsync();
        }

        // The host's own background pass may already have sealed some: count what is sealed, not what this pass did.
        await SealAsync(factory);
        var sealedRecords = (await RecordsAsync(factory)).Where(r => r.Sequence != null).OrderBy(r => r.Sequence).ToList();
        Assert.That(sealedRecords, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That((await RecordsAsync(factory)).Where(r => r.Sequence == null), Is.Empty);
        Assert.That(sealedRecords.Select(r => r.Sequence), Is.EqualTo(Enumerable.Range(1, sealedRecords.Count).Select(i => (long?)i)));
        await factory.Services.GetRequiredService<AuditSealer>().CheckpointNowAsync(CancellationToken.None);

        var verification = await VerifyAsync(factory);
        Assert.That(verification.Intact, Is.True);
        Assert.That(verification.SealedRecords, Is.EqualTo(sealedRecords.Count));
        Assert.That(verification.CheckpointSequence, Is.EqualTo(sealedRecords.Count));

        var api = await (await client.SendAsync(Get("/api/audit/verification", Province, "auditor"))).AssertOkJsonAsync();
        Assert.That(api.GetProperty("intact").GetBoolean(), Is.True);

        // Altered: someone edits a sealed record's content.
        await ExecuteAsync(factory, "UPDATE audit_records SET actor_name = 'someone else' WHERE sequence = 3");
        verification = await VerifyAsync(factory);
        Assert.That((verification.Intact, verification.FirstBreak, verification.BreakAtSequence), Is.EqualTo((false, (AuditBreak?)AuditBreak.Altered, (long?)3)));
        await ExecuteAsync(factory, $"UPDATE audit_records SET actor_name = '{sealedRecords[2].ActorName}' WHERE sequence = 3");
        Assert.That((await VerifyAsync(factory)).Intact, Is.True);

        // Inserted: a forged record squeezed in, later ones renumbered to make room.
        await ExecuteAsync(factory, """
            UPDATE audit_records SET sequence = sequence + 1000 WHERE sequence >= 4;
            UPDATE audit_records SET sequence = sequence - 999 WHERE sequence >= 1004;
            INSERT INTO audit_records (id, recorded_at, actor_id, actor_name, operation, outcome, sequence, seal_key_id, seal)
              VALUES ('0193aaaa-0000-7000-8000-000000000001', EPOCH, 'x', 'x', 'Forged', 'Succeeded', 4, 'test-1', 'abc');
            """.Replace("EPOCH", factory.Database.IsSqlite ? "0" : "'1970-01-01T00:00:00Z'", StringComparison.Ordinal));
        verification = await VerifyAsync(factory);
        Assert.That((verification.FirstBreak, verification.BreakAtSequence), Is.EqualTo(((AuditBreak?)AuditBreak.Inserted, (long?)4)));
        await ExecuteAsync(factory, """
            DELETE FROM audit_records WHERE operation = 'Forged';
            UPDATE audit_records SET sequence = sequence + 1000 WHERE sequence >= 5;
            UPDATE audit_records SET sequence = sequence - 1001 WHERE sequence >= 1005;
            """);
        Assert.That((await VerifyAsync(factory)).Intact, Is.True);

        // Removed: a record in the middle deleted.
        await ExecuteAsync(factory, "DELETE FROM audit_records WHERE sequence = 2");
        verification = await VerifyAsync(factory);
        Assert.That((verification.FirstBreak, verification.BreakAtSequence), Is.EqualTo(((AuditBreak?)AuditBreak.Removed, (long?)2)));
    }

    [Test]
    public async Task Truncating_the_tail_is_caught_by_the_checkpoint_and_a_forged_checkpoint_by_its_signature()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await new RegistrySamples(client).CreateFirmAsync();
        }

        await SealAsync(factory);
        var checkpoint = await factory.Services.GetRequiredService<AuditSealer>().CheckpointNowAsync(CancellationToken.None);
        await ExecuteAsync(factory, $"DELETE FROM audit_records WHERE sequence >= {checkpoint!.Sequence - 1}");
        var verification = await VerifyAsync(factory);
        Assert.That(verification.FirstBreak, Is.EqualTo(AuditBreak.Truncated));

        // The host's own first sealing pass may have written a checkpoint of the same head too; forge each that names it.
        foreach (var file in Directory.GetFiles(Path.Combine(factory.WorkDirectory, "checkpoints")))
        {
            await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace($"\"sequence\": {checkpoint.Sequence}", "\"sequence\": 1", StringComparison.Ordinal));
        }
        Assert.That((await VerifyAsync(factory)).FirstBreak, Is.EqualTo(AuditBreak.CheckpointForged));
    }

    [Test]
    public async Task Many_parallel_commands_and_two_hosts_sealing_give_one_unbroken_chain()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        await client.GetAsync("/health/ready");
        var other = new AuditSealer(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Services.GetRequiredService<AuditOptions>(),
            factory.Services.GetRequiredService<AuditCheckpoints>(), TimeProvider.System, NullLogger<AuditSealer>.Instance) { Owner = "host-b" };
        var mine = factory.Services.GetRequiredService<AuditSealer>();

        var writes = Enumerable.Range(0, 40).Select(_ => client.SendAsync(Post("/api/registry/firms", FirmBody())));
        var sealing = Enumerable.Range(0, 10).SelectMany(_ => new[] { mine.SealPendingAsync(CancellationToken.None), other.SealPendingAsync(CancellationToken.None) });
        var responses = await Task.WhenAll(writes);
        await Task.WhenAll(sealing);
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));

        await mine.SealPendingAsync(CancellationToken.None);
        var verification = await VerifyAsync(factory);
        Assert.That(verification.Intact, Is.True);
        Assert.That(verification.UnsealedRecords, Is.Zero);
        Assert.That(verification.SealedRecords, Is.GreaterThanOrEqualTo(40));
    }

    [Test]
    public async Task Auditors_list_filter_and_export_the_records()
    {
        using var factory = new LawyerWorkFactory();
        using var client = factory.CreateClient();
        var firm = await new RegistrySamples(client).CreateFirmAsync();
        var id = firm.GetProperty("id").GetString();

        var page = await (await client.SendAsync(Get($"/api/audit/records?targetType=Firm&targetId={id}", Province, "auditor"))).AssertOkJsonAsync();
        Assert.That(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("operation").GetString()), Is.EqualTo(new[] { "RegisterFirm" }));

        var csv = await (await client.SendAsync(Get("/api/audit/records/export?operation=RegisterFirm", Province, "auditor"))).Content.ReadAsStringAsync();
        Assert.That(csv.TrimStart('\uFEFF'), Does.StartWith("序号,时间（UTC）").And.Contain(id));

        await (await client.SendAsync(Get("/api/audit/records?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", Province, "auditor"))).AssertValidationProblemAsync("to");
        await (await client.SendAsync(Get("/api/audit/records", Province, "provincial-officer"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var key = await client.SendAsync(Get("/api/audit/checkpoint-key", Province, "auditor"));
        Assert.That(await key.Content.ReadAsStringAsync(), Does.StartWith("-----BEGIN PUBLIC KEY-----"));
    }

    [Test]
    public void A_host_without_its_seal_key_refuses_to_start()
    {
        using var factory = new LawyerWorkFactory(settings: new Dictionary<string, string?> { ["Audit:CurrentSealKeyId"] = "missing" });
        var failure = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.That(failure!.Message, Does.Contain("Audit:SealKeys:missing"));
    }

    // At national scale the sealer fell behind because its batch query sorted every unsealed record
    // for each batch of 500 (SQLite took the sequence's unique index for "IS NULL"). The plan must
    // walk the partial index of unsealed records in order: no sort, whatever the backlog.
    [Test]
    public async Task The_sealer_reads_its_next_batch_in_order_from_the_index_of_unsealed_records_without_sorting()
    {
        using var factory = new LawyerWorkFactory();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        await using var command = AuditSealer.NextBatch(db).CreateDbCommand();
        await db.Database.OpenConnectionAsync();
        if (!factory.Database.IsSqlite)
        {
            // PostgreSQL plans by statistics; on a nearly empty table a scan is cheapest, so rule scans out to see the index chosen among indexes.
            await using var off = db.Database.GetDbConnection().CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        command.CommandText = (factory.Database.IsSqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(reader.FieldCount - 1));
            }
        }

        var text = string.Join("\n", plan);
        Assert.That(text, Does.Contain(factory.Database.IsSqlite ? "ix_audit_records_unsealed" : "ix_records_unsealed"), text);
        Assert.That(text, Does.Not.Contain("TEMP B-TREE").And.Not.Contain("Sort"), text);
    }
}
