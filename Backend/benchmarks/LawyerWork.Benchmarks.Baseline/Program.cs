using LawyerWork.Benchmarks.Baseline;

try
{
    var options = BaselineOptions.Parse(args);
    await using var app = BaselineApp.Create(options);
    await app.RunAsync();
    return 0;
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    await Console.Error.WriteLineAsync(BaselineOptions.Usage);
    return 2;
}
