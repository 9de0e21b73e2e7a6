# 1 "func_merge_sort_input.sy"
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
# 1 "func_merge_sort_input.sy" 2

int data[256];
int tmp[256];
int inversions = 0;

void merge(int a[], int lo, int mid, int hi) {
  int i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (a[i] <= a[j]) {
      tmp[k] = a[i];
      i = i + 1;
    } else {
      tmp[k] = a[j];
      j = j + 1;
      inversions = inversions + (mid - i);
    }
    k = k + 1;
  }
  while (i < mid) { tmp[k] = a[i]; i = i + 1; k = k + 1; }
  while (j < hi) { tmp[k] = a[j]; j = j + 1; k = k + 1; }
  k = lo;
  while (k < hi) { a[k] = tmp[k]; k = k + 1; }
}

void msort(int a[], int lo, int hi) {
  if (hi - lo < 2) return;
  int mid = (lo + hi) / 2;
  msort(a, lo, mid);
  msort(a, mid, hi);
  merge(a, lo, mid, hi);
}

int main() {
  int n = getarray(data);
  msort(data, 0, n);
  putarray(n, data);
  putf("inversions=%d\n", inversions);
  return inversions % 256;
}
