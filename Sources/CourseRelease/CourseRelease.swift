// The release stage (signing, manifests, verification) lives here.
