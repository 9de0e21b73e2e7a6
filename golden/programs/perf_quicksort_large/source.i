# 1 "perf_quicksort_large.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "perf_quicksort_large.sy" 2

int a[200000];

int less(int x, int y) {
  return x < y;
}

void small_sort(int lo, int hi) {
  int i = lo + 1;
  while (i <= hi) {
    int v = a[i], j = i - 1;
    while (j >= lo && less(v, a[j])) {
      a[j + 1] = a[j];
      j = j - 1;
    }
    a[j + 1] = v;
    i = i + 1;
  }
}

void swap(int i, int j) {
  int t = a[i];
  a[i] = a[j];
  a[j] = t;
}

void qsort_rec(int lo, int hi) {
  if (hi - lo < 12) {
    small_sort(lo, hi);
    return;
  }
  int mid = lo + (hi - lo) / 2;
  if (less(a[mid], a[lo])) swap(mid, lo);
  if (less(a[hi], a[lo])) swap(hi, lo);
  if (less(a[hi], a[mid])) swap(hi, mid);
  int pivot = a[mid];
  int i = lo - 1, j = hi + 1;
  while (1) {
    i = i + 1;
    while (less(a[i], pivot)) i = i + 1;
    j = j - 1;
    while (less(pivot, a[j])) j = j - 1;
    if (i >= j) break;
    swap(i, j);
  }
  qsort_rec(lo, j);
  qsort_rec(j + 1, hi);
}

int main() {
  int n = getint(), s = getint(), i = 0;
  while (i < n) {
    s = (s * 1103 + 12345) % 1000003;
    a[i] = s;
    i = i + 1;
  }
  starttime();
  qsort_rec(0, n - 1);
  stoptime();
  int ok = 1, check = 0;
  i = 1;
  while (i < n) {
    if (a[i - 1] > a[i]) ok = 0;
    i = i + 1;
  }
  i = 0;
  while (i < n) {
    check = (check + a[i] % 1000 * (i % 1000)) % 1000003;
    i = i + 37;
  }
  putf("sorted=%d min=%d median=%d max=%d check=%d\n", ok, a[0], a[n / 2], a[n - 1], check);
  return check % 256;
}
