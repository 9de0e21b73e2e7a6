; ModuleID = 'func_prime_factorization.sy'
source_filename = "func_prime_factorization.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [21 x i8] c" divisors=%d phi=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @factor(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store i32 2, i32* %3, align 4
  store i32 1, i32* %4, align 4
  store i32 1, i32* %5, align 4
  %9 = load i32, i32* %2, align 4
  store i32 %9, i32* %6, align 4
  %10 = load i32, i32* %2, align 4
  store i32 %10, i32* %7, align 4
  %11 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %11)
  call void @putch(i32 noundef 61)
  br label %12

12:                                               ; preds = %56, %1
  %13 = load i32, i32* %3, align 4
  %14 = load i32, i32* %7, align 4
  %15 = load i32, i32* %3, align 4
  %16 = sdiv i32 %14, %15
  %17 = icmp sle i32 %13, %16
  br i1 %17, label %18, label %59

18:                                               ; preds = %12
  %19 = load i32, i32* %7, align 4
  %20 = load i32, i32* %3, align 4
  %21 = srem i32 %19, %20
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %56

23:                                               ; preds = %18
  store i32 0, i32* %8, align 4
  br label %24

24:                                               ; preds = %29, %23
  %25 = load i32, i32* %7, align 4
  %26 = load i32, i32* %3, align 4
  %27 = srem i32 %25, %26
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %29, label %35

29:                                               ; preds = %24
  %30 = load i32, i32* %7, align 4
  %31 = load i32, i32* %3, align 4
  %32 = sdiv i32 %30, %31
  store i32 %32, i32* %7, align 4
  %33 = load i32, i32* %8, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, i32* %8, align 4
  br label %24, !llvm.loop !6

35:                                               ; preds = %24
  %36 = load i32, i32* %4, align 4
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %39, label %38

38:                                               ; preds = %35
  call void @putch(i32 noundef 42)
  br label %39

39:                                               ; preds = %38, %35
  %40 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %40)
  %41 = load i32, i32* %8, align 4
  %42 = icmp sgt i32 %41, 1
  br i1 %42, label %43, label %45

43:                                               ; preds = %39
  call void @putch(i32 noundef 94)
  %44 = load i32, i32* %8, align 4
  call void @putint(i32 noundef %44)
  br label %45

45:                                               ; preds = %43, %39
  store i32 0, i32* %4, align 4
  %46 = load i32, i32* %5, align 4
  %47 = load i32, i32* %8, align 4
  %48 = add nsw i32 %47, 1
  %49 = mul nsw i32 %46, %48
  store i32 %49, i32* %5, align 4
  %50 = load i32, i32* %6, align 4
  %51 = load i32, i32* %3, align 4
  %52 = sdiv i32 %50, %51
  %53 = load i32, i32* %3, align 4
  %54 = sub nsw i32 %53, 1
  %55 = mul nsw i32 %52, %54
  store i32 %55, i32* %6, align 4
  br label %56

56:                                               ; preds = %45, %18
  %57 = load i32, i32* %3, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, i32* %3, align 4
  br label %12, !llvm.loop !8

59:                                               ; preds = %12
  %60 = load i32, i32* %7, align 4
  %61 = icmp sgt i32 %60, 1
  br i1 %61, label %62, label %76

62:                                               ; preds = %59
  %63 = load i32, i32* %4, align 4
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %66, label %65

65:                                               ; preds = %62
  call void @putch(i32 noundef 42)
  br label %66

66:                                               ; preds = %65, %62
  %67 = load i32, i32* %7, align 4
  call void @putint(i32 noundef %67)
  %68 = load i32, i32* %5, align 4
  %69 = mul nsw i32 %68, 2
  store i32 %69, i32* %5, align 4
  %70 = load i32, i32* %6, align 4
  %71 = load i32, i32* %7, align 4
  %72 = sdiv i32 %70, %71
  %73 = load i32, i32* %7, align 4
  %74 = sub nsw i32 %73, 1
  %75 = mul nsw i32 %72, %74
  store i32 %75, i32* %6, align 4
  br label %76

76:                                               ; preds = %66, %59
  %77 = load i32, i32* %5, align 4
  %78 = load i32, i32* %6, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str, i64 0, i64 0), i32 noundef %77, i32 noundef %78)
  ret void
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putf(i8* noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %5 = call i32 @getint()
  store i32 %5, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %6

6:                                                ; preds = %15, %0
  %7 = load i32, i32* %2, align 4
  %8 = icmp sgt i32 %7, 0
  br i1 %8, label %9, label %19

9:                                                ; preds = %6
  %10 = call i32 @getint()
  store i32 %10, i32* %4, align 4
  %11 = load i32, i32* %4, align 4
  %12 = icmp sge i32 %11, 2
  br i1 %12, label %13, label %15

13:                                               ; preds = %9
  %14 = load i32, i32* %4, align 4
  call void @factor(i32 noundef %14)
  br label %15

15:                                               ; preds = %13, %9
  %16 = load i32, i32* %4, align 4
  store i32 %16, i32* %3, align 4
  %17 = load i32, i32* %2, align 4
  %18 = sub nsw i32 %17, 1
  store i32 %18, i32* %2, align 4
  br label %6, !llvm.loop !9

19:                                               ; preds = %6
  %20 = load i32, i32* %3, align 4
  %21 = srem i32 %20, 256
  ret i32 %21
}

declare i32 @getint() #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
