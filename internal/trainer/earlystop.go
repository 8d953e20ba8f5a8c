package trainer

import (
	"encoding/json"
	"math"
)

// EpochMetrics are the losses of one finished epoch.
type EpochMetrics struct {
	Epoch     int     `json:"epoch"`
	Step      int     `json:"step"` // global optimizer step at the end of the epoch
	TrainLoss float64 `json:"train_loss"`
	ValLoss   float64 `json:"val_loss"`
}

// EarlyStopper keeps the epoch with the lowest validation loss and says when
// patience epochs in a row have not improved on it. A loss that is NaN or
// infinite never counts as an improvement.
type EarlyStopper struct {
	Patience int
	// MinDelta is how much lower a loss must be to count as better.
	MinDelta float64

	best      float64
	bestEpoch int
	since     int
}

// Observe records an epoch and reports whether training should stop.
func (s *EarlyStopper) Observe(m EpochMetrics) (stop bool) {
	finite := !math.IsNaN(m.ValLoss) && !math.IsInf(m.ValLoss, 0)
	if finite && (s.bestEpoch == 0 || m.ValLoss < s.best-s.MinDelta) {
		s.best, s.bestEpoch, s.since = m.ValLoss, m.Epoch, 0
		return false
	}
	s.since++
	return s.Patience > 0 && s.since >= s.Patience
}

// Best returns the best epoch so far (0 when none had a finite loss) and its
// validation loss.
func (s *EarlyStopper) Best() (epoch int, valLoss float64) { return s.bestEpoch, s.best }

// epochJSON is EpochMetrics with losses that may be null: JSON has no NaN,
// and a diverged epoch must still be recorded.
type epochJSON struct {
	Epoch     int      `json:"epoch"`
	Step      int      `json:"step"`
	TrainLoss *float64 `json:"train_loss"`
	ValLoss   *float64 `json:"val_loss"`
}

// MarshalJSON writes a loss that is not finite as null.
func (m EpochMetrics) MarshalJSON() ([]byte, error) {
	return json.Marshal(epochJSON{Epoch: m.Epoch, Step: m.Step, TrainLoss: finitePtr(m.TrainLoss), ValLoss: finitePtr(m.ValLoss)})
}

// UnmarshalJSON reads a null loss as NaN.
func (m *EpochMetrics) UnmarshalJSON(b []byte) error {
	var e epochJSON
	if err := json.Unmarshal(b, &e); err != nil {
		return err
	}
	*m = EpochMetrics{Epoch: e.Epoch, Step: e.Step, TrainLoss: math.NaN(), ValLoss: math.NaN()}
	if e.TrainLoss != nil {
		m.TrainLoss = *e.TrainLoss
	}
	if e.ValLoss != nil {
		m.ValLoss = *e.ValLoss
	}
	return nil
}

func finitePtr(f float64) *float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return &f
}
