# 1 "func_bubble_sort_input.sy"
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
# 1 "func_bubble_sort_input.sy" 2

int data[100];

void swap(int a[], int i, int j) {
  int t = a[i];
  a[i] = a[j];
  a[j] = t;
}

int bubble(int a[], int n) {
  int swaps = 0;
  int i = 0;
  while (i < n - 1) {
    int j = 0;
    int changed = 0;
    while (j < n - 1 - i) {
      if (a[j] > a[j + 1]) {
        swap(a, j, j + 1);
        swaps = swaps + 1;
        changed = 1;
      }
      j = j + 1;
    }
    if (!changed) break;
    i = i + 1;
  }
  return swaps;
}

int main() {
  int n = getarray(data);
  int swaps = bubble(data, n);
  putarray(n, data);
  putf("swaps=%d\n", swaps);
  int i = 0, check = 0;
  while (i < n) {
    check = (check * 31 + data[i]) % 10007;
    i = i + 1;
  }
  putint(check);
  putch(10);
  return swaps % 256;
}
