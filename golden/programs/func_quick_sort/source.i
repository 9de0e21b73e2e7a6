# 1 "func_quick_sort.sy"
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
# 1 "func_quick_sort.sy" 2

int a[200];
int seed = 12345;

int next_rand() {
  seed = (seed * 1103 + 12345) % 1000003;
  return seed;
}

void swap(int arr[], int i, int j) {
  int t = arr[i];
  arr[i] = arr[j];
  arr[j] = t;
}

int partition(int arr[], int lo, int hi) {
  int pivot = arr[hi];
  int i = lo - 1, j = lo;
  while (j < hi) {
    if (arr[j] <= pivot) {
      i = i + 1;
      swap(arr, i, j);
    }
    j = j + 1;
  }
  swap(arr, i + 1, hi);
  return i + 1;
}

void quicksort(int arr[], int lo, int hi) {
  if (lo >= hi) return;
  int p = partition(arr, lo, hi);
  quicksort(arr, lo, p - 1);
  quicksort(arr, p + 1, hi);
}

int main() {
  int n = 200, i = 0;
  while (i < n) {
    a[i] = next_rand() % 2001 - 1000;
    i = i + 1;
  }
  quicksort(a, 0, n - 1);
  i = 1;
  int sorted = 1;
  while (i < n) {
    if (a[i - 1] > a[i]) sorted = 0;
    i = i + 1;
  }
  putarray(20, a);
  putint(a[n / 2]); putch(10);
  putint(a[n - 1]); putch(10);
  return sorted * 100 + n % 7;
}
