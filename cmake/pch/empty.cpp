// An empty source: the object library that holds a folder's precompiled header needs one.
