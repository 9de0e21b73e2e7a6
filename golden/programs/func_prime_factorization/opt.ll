; ModuleID = 'func_prime_factorization.sy'
source_filename = "func_prime_factorization.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [21 x i8] c" divisors=%d phi=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local void @factor(i32 noundef %0) local_unnamed_addr #0 {
  tail call void @putint(i32 noundef %0) #2
  tail call void @putch(i32 noundef 61) #2
  %2 = icmp slt i32 %0, 4
  br i1 %2, label %40, label %3

3:                                                ; preds = %1, %30
  %4 = phi i32 [ %34, %30 ], [ %0, %1 ]
  %5 = phi i32 [ %33, %30 ], [ %0, %1 ]
  %6 = phi i32 [ %32, %30 ], [ 1, %1 ]
  %7 = phi i32 [ %31, %30 ], [ 1, %1 ]
  %8 = phi i32 [ %35, %30 ], [ 2, %1 ]
  %9 = srem i32 %4, %8
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %30

11:                                               ; preds = %3, %11
  %12 = phi i32 [ %15, %11 ], [ 0, %3 ]
  %13 = phi i32 [ %14, %11 ], [ %4, %3 ]
  %14 = sdiv i32 %13, %8
  %15 = add nuw nsw i32 %12, 1
  %16 = srem i32 %14, %8
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %11, label %18, !llvm.loop !5

18:                                               ; preds = %11
  %19 = icmp eq i32 %7, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %18
  tail call void @putch(i32 noundef 42) #2
  br label %21

21:                                               ; preds = %20, %18
  tail call void @putint(i32 noundef %8) #2
  %22 = icmp eq i32 %12, 0
  br i1 %22, label %24, label %23

23:                                               ; preds = %21
  tail call void @putch(i32 noundef 94) #2
  tail call void @putint(i32 noundef %15) #2
  br label %24

24:                                               ; preds = %23, %21
  %25 = add nuw nsw i32 %12, 2
  %26 = mul nsw i32 %25, %6
  %27 = sdiv i32 %5, %8
  %28 = add nsw i32 %8, -1
  %29 = mul nsw i32 %27, %28
  br label %30

30:                                               ; preds = %24, %3
  %31 = phi i32 [ 0, %24 ], [ %7, %3 ]
  %32 = phi i32 [ %26, %24 ], [ %6, %3 ]
  %33 = phi i32 [ %29, %24 ], [ %5, %3 ]
  %34 = phi i32 [ %14, %24 ], [ %4, %3 ]
  %35 = add nuw nsw i32 %8, 1
  %36 = sdiv i32 %34, %35
  %37 = icmp slt i32 %8, %36
  br i1 %37, label %3, label %38, !llvm.loop !7

38:                                               ; preds = %30
  %39 = icmp sgt i32 %34, 1
  br i1 %39, label %42, label %53

40:                                               ; preds = %1
  %41 = icmp sgt i32 %0, 1
  br i1 %41, label %45, label %53

42:                                               ; preds = %38
  %43 = icmp eq i32 %31, 0
  br i1 %43, label %44, label %45

44:                                               ; preds = %42
  tail call void @putch(i32 noundef 42) #2
  br label %45

45:                                               ; preds = %40, %44, %42
  %46 = phi i32 [ %32, %44 ], [ %32, %42 ], [ 1, %40 ]
  %47 = phi i32 [ %33, %44 ], [ %33, %42 ], [ %0, %40 ]
  %48 = phi i32 [ %34, %44 ], [ %34, %42 ], [ %0, %40 ]
  tail call void @putint(i32 noundef %48) #2
  %49 = shl nsw i32 %46, 1
  %50 = sdiv i32 %47, %48
  %51 = add nsw i32 %48, -1
  %52 = mul nsw i32 %50, %51
  br label %53

53:                                               ; preds = %40, %45, %38
  %54 = phi i32 [ %49, %45 ], [ %32, %38 ], [ 1, %40 ]
  %55 = phi i32 [ %52, %45 ], [ %33, %38 ], [ %0, %40 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str, i64 0, i64 0), i32 noundef %54, i32 noundef %55) #2
  ret void
}

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #2
  %2 = icmp sgt i32 %1, 0
  br i1 %2, label %3, label %13

3:                                                ; preds = %0, %8
  %4 = phi i32 [ %9, %8 ], [ %1, %0 ]
  %5 = tail call i32 @getint() #2
  %6 = icmp sgt i32 %5, 1
  br i1 %6, label %7, label %8

7:                                                ; preds = %3
  tail call void @factor(i32 noundef %5)
  br label %8

8:                                                ; preds = %7, %3
  %9 = add nsw i32 %4, -1
  %10 = icmp sgt i32 %4, 1
  br i1 %10, label %3, label %11, !llvm.loop !8

11:                                               ; preds = %8
  %12 = srem i32 %5, 256
  br label %13

13:                                               ; preds = %11, %0
  %14 = phi i32 [ %12, %11 ], [ 0, %0 ]
  ret i32 %14
}

declare i32 @getint() local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
