namespace LawyerWork.Simulators;

// A named, namespaced entry point rather than top-level statements: those make a public global
// `Program` (.NET 10), which would clash with the Host's in a test project that references both.
internal static class Program
{
    /// <summary>Standalone: <c>dotnet LawyerWork.Simulators.dll --urls http://127.0.0.1:5180</c> (the default).</summary>
    public static async Task Main(string[] args)
    {
        var app = SimulatorApp.CreateStandalone(args);
        await app.StartAsync();
        foreach (var url in app.Urls)
        {
            Console.WriteLine($"LawyerWork simulators listening on {url}: national system at {url}/national/, webhook receivers at {url}/webhooks/{{name}}, control API at {url}/_control/");
        }

        await app.WaitForShutdownAsync();
    }
}
