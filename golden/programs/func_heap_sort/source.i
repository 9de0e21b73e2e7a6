# 1 "func_heap_sort.sy"
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
# 1 "func_heap_sort.sy" 2

int h[64];

void sift_down(int a[], int start, int n) {
  int root = start;
  while (root * 2 + 1 < n) {
    int child = root * 2 + 1;
    if (child + 1 < n && a[child + 1] > a[child]) child = child + 1;
    if (a[root] >= a[child]) return;
    int t = a[root];
    a[root] = a[child];
    a[child] = t;
    root = child;
  }
}

void heapify(int a[], int n) {
  int i = (n - 2) / 2;
  while (i >= 0) {
    sift_down(a, i, n);
    i = i - 1;
  }
}

void heap_sort(int a[], int n) {
  heapify(a, n);
  int end = n - 1;
  while (end > 0) {
    int t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift_down(a, 0, end);
    end = end - 1;
  }
}

int main() {
  int n = 40, i = 0, x = 7;
  while (i < n) {
    x = (x * 37 + 11) % 101;
    h[i] = x - 50;
    i = i + 1;
  }
  heapify(h, n);
  putarray(15, h);
  heap_sort(h, n);
  putarray(n, h);
  i = 1;
  while (i < n) {
    if (h[i] < h[i - 1]) return 1;
    i = i + 1;
  }
  return h[n - 1] + 100;
}
