using LawyerWork.Benchmarks.Load;

// Exit codes: 0 every answer was 2xx; 1 some answer was not (or a request failed or was dropped);
// 2 the command line was wrong. build.ps1 bench stops on anything but 0.
return await LoadCommand.RunAsync(args, Console.Out, Console.Error);
