namespace LawyerWork.Benchmarks.Load;

/// <summary>Runs one command: parses, runs, prints the JSON result and writes it to <c>--out</c>, and says how it went in the exit code.</summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["-h" or "--help" or "help", ..])
        {
            await output.WriteLineAsync(CommandLine.Usage);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            var settings = CommandLine.Parse(args);
            string json;
            bool succeeded;
            if (settings.Mode == LoadMode.FirstByte)
            {
                var report = await FirstByte.RunAsync(settings, stop.Token);
                (json, succeeded) = (LoadJson.Serialize(report), report.Succeeded);
            }
            else
            {
                var report = settings.Mode switch
                {
                    LoadMode.Closed => await ClosedLoop.RunAsync(settings, RequestFile.Read(settings.RequestsFile!, settings.BaseAddress, settings.Headers), stop.Token),
                    LoadMode.Open => await OpenLoop.RunAsync(settings, RequestFile.Read(settings.RequestsFile!, settings.BaseAddress, settings.Headers), stop.Token),
                    _ => await WritesLoop.RunAsync(settings, WritesLoop.ReadIds(settings.IdsFile!), stop.Token),
                };
                (json, succeeded) = (LoadJson.Serialize(report), report.Succeeded);
            }

            await output.WriteLineAsync(json);
            if (settings.OutFile is { } file)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(file));
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }

                await File.WriteAllTextAsync(file, json + Environment.NewLine, CancellationToken.None);
            }

            if (!succeeded)
            {
                await error.WriteLineAsync("Some answers were not 2xx, or requests failed or were dropped: see statuses and firstErrors.");
            }

            return succeeded ? 0 : 1;
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync("Run with --help for the commands.");
            return 2;
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }
}
