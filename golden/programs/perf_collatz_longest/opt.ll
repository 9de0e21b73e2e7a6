; ModuleID = 'perf_collatz_longest.sy'
source_filename = "perf_collatz_longest.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@cache = dso_local local_unnamed_addr global [200000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [38 x i8] c"bound=%d best_n=%d steps=%d total=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @is_even(i32 noundef %0) local_unnamed_addr #0 {
  %2 = and i32 %0, 1
  %3 = xor i32 %2, 1
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @collatz_next(i32 noundef %0) local_unnamed_addr #0 {
  %2 = and i32 %0, 1
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %1
  %5 = sdiv i32 %0, 2
  br label %9

6:                                                ; preds = %1
  %7 = mul nsw i32 %0, 3
  %8 = add nsw i32 %7, 1
  br label %9

9:                                                ; preds = %6, %4
  %10 = phi i32 [ %5, %4 ], [ %8, %6 ]
  ret i32 %10
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @cached(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp slt i32 %0, %1
  br i1 %3, label %4, label %8

4:                                                ; preds = %2
  %5 = sext i32 %0 to i64
  %6 = getelementptr inbounds [200000 x i32], [200000 x i32]* @cache, i64 0, i64 %5
  %7 = load i32, i32* %6, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %2, %4
  %9 = phi i32 [ %7, %4 ], [ 0, %2 ]
  ret i32 %9
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @chain_length(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp eq i32 %0, 1
  br i1 %3, label %31, label %4

4:                                                ; preds = %2, %27
  %5 = phi i32 [ %28, %27 ], [ %0, %2 ]
  %6 = phi i32 [ %29, %27 ], [ 0, %2 ]
  %7 = icmp slt i32 %5, %1
  br i1 %7, label %8, label %15

8:                                                ; preds = %4
  %9 = sext i32 %5 to i64
  %10 = getelementptr inbounds [200000 x i32], [200000 x i32]* @cache, i64 0, i64 %9
  %11 = load i32, i32* %10, align 4, !tbaa !5
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %15, label %13

13:                                               ; preds = %8
  %14 = add nsw i32 %11, %6
  br label %31

15:                                               ; preds = %4, %8
  %16 = and i32 %5, 1
  %17 = icmp ne i32 %16, 0
  %18 = icmp sgt i32 %5, 700000000
  %19 = and i1 %18, %17
  br i1 %19, label %37, label %20

20:                                               ; preds = %15
  %21 = icmp eq i32 %16, 0
  br i1 %21, label %22, label %24

22:                                               ; preds = %20
  %23 = sdiv i32 %5, 2
  br label %27

24:                                               ; preds = %20
  %25 = mul nsw i32 %5, 3
  %26 = add nsw i32 %25, 1
  br label %27

27:                                               ; preds = %22, %24
  %28 = phi i32 [ %23, %22 ], [ %26, %24 ]
  %29 = add nuw nsw i32 %6, 1
  %30 = icmp eq i32 %28, 1
  br i1 %30, label %31, label %4, !llvm.loop !9

31:                                               ; preds = %27, %13, %2
  %32 = phi i32 [ 0, %2 ], [ %14, %13 ], [ %29, %27 ]
  %33 = icmp slt i32 %0, %1
  br i1 %33, label %34, label %37

34:                                               ; preds = %31
  %35 = sext i32 %0 to i64
  %36 = getelementptr inbounds [200000 x i32], [200000 x i32]* @cache, i64 0, i64 %35
  store i32 %32, i32* %36, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %15, %31, %34
  %38 = phi i32 [ %32, %34 ], [ %32, %31 ], [ -1, %15 ]
  ret i32 %38
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = tail call i32 @getint() #5
  %2 = tail call i32 @getint() #5
  tail call void @starttime() #5
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %59

4:                                                ; preds = %0
  %5 = sext i32 %2 to i64
  %6 = zext i32 %1 to i64
  br label %7

7:                                                ; preds = %4, %47
  %8 = phi i64 [ 1, %4 ], [ %57, %47 ]
  %9 = phi i32 [ 0, %4 ], [ %56, %47 ]
  %10 = phi i32 [ 1, %4 ], [ %52, %47 ]
  %11 = phi i32 [ 0, %4 ], [ %50, %47 ]
  %12 = icmp eq i64 %8, 1
  br i1 %12, label %42, label %13

13:                                               ; preds = %7
  %14 = trunc i64 %8 to i32
  br label %15

15:                                               ; preds = %13, %38
  %16 = phi i32 [ %39, %38 ], [ %14, %13 ]
  %17 = phi i32 [ %40, %38 ], [ 0, %13 ]
  %18 = icmp slt i32 %16, %2
  br i1 %18, label %19, label %26

19:                                               ; preds = %15
  %20 = sext i32 %16 to i64
  %21 = getelementptr inbounds [200000 x i32], [200000 x i32]* @cache, i64 0, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %26, label %24

24:                                               ; preds = %19
  %25 = add nsw i32 %22, %17
  br label %42

26:                                               ; preds = %19, %15
  %27 = and i32 %16, 1
  %28 = icmp ne i32 %27, 0
  %29 = icmp sgt i32 %16, 700000000
  %30 = and i1 %29, %28
  br i1 %30, label %47, label %31

31:                                               ; preds = %26
  %32 = icmp eq i32 %27, 0
  br i1 %32, label %33, label %35

33:                                               ; preds = %31
  %34 = sdiv i32 %16, 2
  br label %38

35:                                               ; preds = %31
  %36 = mul nsw i32 %16, 3
  %37 = add nsw i32 %36, 1
  br label %38

38:                                               ; preds = %35, %33
  %39 = phi i32 [ %34, %33 ], [ %37, %35 ]
  %40 = add nuw nsw i32 %17, 1
  %41 = icmp eq i32 %39, 1
  br i1 %41, label %42, label %15, !llvm.loop !9

42:                                               ; preds = %38, %24, %7
  %43 = phi i32 [ 0, %7 ], [ %25, %24 ], [ %40, %38 ]
  %44 = icmp slt i64 %8, %5
  br i1 %44, label %45, label %47

45:                                               ; preds = %42
  %46 = getelementptr inbounds [200000 x i32], [200000 x i32]* @cache, i64 0, i64 %8
  store i32 %43, i32* %46, align 4, !tbaa !5
  br label %47

47:                                               ; preds = %26, %42, %45
  %48 = phi i32 [ %43, %45 ], [ %43, %42 ], [ -1, %26 ]
  %49 = icmp sgt i32 %48, %11
  %50 = select i1 %49, i32 %48, i32 %11
  %51 = trunc i64 %8 to i32
  %52 = select i1 %49, i32 %51, i32 %10
  %53 = add nsw i32 %48, %9
  %54 = icmp sgt i32 %53, 999999
  %55 = add nsw i32 %53, -1000000
  %56 = select i1 %54, i32 %55, i32 %53
  %57 = add nuw nsw i64 %8, 1
  %58 = icmp eq i64 %57, %6
  br i1 %58, label %59, label %7, !llvm.loop !11

59:                                               ; preds = %47, %0
  %60 = phi i32 [ 0, %0 ], [ %50, %47 ]
  %61 = phi i32 [ 1, %0 ], [ %52, %47 ]
  %62 = phi i32 [ 0, %0 ], [ %56, %47 ]
  tail call void @stoptime() #5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([38 x i8], [38 x i8]* @.str, i64 0, i64 0), i32 noundef %1, i32 noundef %61, i32 noundef %60, i32 noundef %62) #5
  %63 = srem i32 %60, 256
  ret i32 %63
}

declare i32 @getint() local_unnamed_addr #4

declare void @starttime() local_unnamed_addr #4

declare void @stoptime() local_unnamed_addr #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
