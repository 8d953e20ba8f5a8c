package trainer

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/dataset"
)

func writeTextFile(path string, rows []dataset.Row) error {
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		return err
	}
	if err := WriteChatMLText(f, rows); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

func writeTrainFile(path string, rows []dataset.Row) error {
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		return err
	}
	if err := WriteJSONL(f, rows); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// swapInto renames staging to final. An existing final folder is moved
// aside first and removed only after the new one is in place, so a crash
// leaves either version whole.
func swapInto(staging, final string) error {
	old := ""
	if _, err := os.Stat(final); err == nil {
		old = final + ".old-" + time.Now().UTC().Format("20060102T150405")
		if err := os.Rename(final, old); err != nil {
			return fmt.Errorf("move the previous %s aside: %w", final, err)
		}
	}
	if err := os.Rename(staging, final); err != nil {
		if old != "" {
			_ = os.Rename(old, final)
		}
		return fmt.Errorf("move the new model into %s: %w", final, err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := atomicfile.Create(dst, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Abort()
		return err
	}
	return out.Commit()
}
