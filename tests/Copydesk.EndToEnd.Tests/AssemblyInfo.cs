// The builds share the obj/ and bin/ folders of the projects under src/: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
