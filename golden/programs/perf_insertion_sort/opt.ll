; ModuleID = 'perf_insertion_sort.sy'
source_filename = "perf_insertion_sort.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@keys = dso_local local_unnamed_addr global [3000 x i32] zeroinitializer, align 16
@idx = dso_local global [3000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [20 x i8] c"stable=%d check=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @greater(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, %1
  %4 = zext i1 %3 to i32
  ret i32 %4
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @insertion_sort(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, 1
  br i1 %2, label %3, label %32

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  br label %5

5:                                                ; preds = %3, %24
  %6 = phi i64 [ 1, %3 ], [ %30, %24 ]
  %7 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4, !tbaa !5
  %9 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %6
  %10 = load i32, i32* %9, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %5, %18
  %12 = phi i64 [ %6, %5 ], [ %13, %18 ]
  %13 = add nsw i64 %12, -1
  %14 = and i64 %13, 4294967295
  %15 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %14
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = icmp sgt i32 %16, %8
  br i1 %17, label %18, label %24

18:                                               ; preds = %11
  %19 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %12
  store i32 %16, i32* %19, align 4, !tbaa !5
  %20 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %14
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %12
  store i32 %21, i32* %22, align 4, !tbaa !5
  %23 = icmp sgt i64 %12, 1
  br i1 %23, label %11, label %24, !llvm.loop !9

24:                                               ; preds = %18, %11
  %25 = phi i64 [ 0, %18 ], [ %12, %11 ]
  %26 = shl i64 %25, 32
  %27 = ashr exact i64 %26, 32
  %28 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %27
  store i32 %8, i32* %28, align 4, !tbaa !5
  %29 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %27
  store i32 %10, i32* %29, align 4, !tbaa !5
  %30 = add nuw nsw i64 %6, 1
  %31 = icmp eq i64 %30, %4
  br i1 %31, label %32, label %5, !llvm.loop !11

32:                                               ; preds = %24, %1
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getint() #4
  %2 = tail call i32 @getint() #4
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  tail call void @starttime() #4
  br label %83

5:                                                ; preds = %0
  %6 = zext i32 %1 to i64
  br label %7

7:                                                ; preds = %5, %7
  %8 = phi i64 [ 0, %5 ], [ %17, %7 ]
  %9 = phi i32 [ %2, %5 ], [ %12, %7 ]
  %10 = mul nsw i32 %9, 8121
  %11 = add nsw i32 %10, 28411
  %12 = srem i32 %11, 134456
  %13 = srem i32 %12, 500
  %14 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %8
  store i32 %13, i32* %14, align 4, !tbaa !5
  %15 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %8
  %16 = trunc i64 %8 to i32
  store i32 %16, i32* %15, align 4, !tbaa !5
  %17 = add nuw nsw i64 %8, 1
  %18 = icmp eq i64 %17, %6
  br i1 %18, label %19, label %7, !llvm.loop !12

19:                                               ; preds = %7
  tail call void @starttime() #4
  %20 = icmp sgt i32 %1, 1
  br i1 %20, label %21, label %83

21:                                               ; preds = %19
  %22 = zext i32 %1 to i64
  br label %23

23:                                               ; preds = %42, %21
  %24 = phi i64 [ 1, %21 ], [ %48, %42 ]
  %25 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %24
  %28 = load i32, i32* %27, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %36, %23
  %30 = phi i64 [ %24, %23 ], [ %31, %36 ]
  %31 = add nsw i64 %30, -1
  %32 = and i64 %31, 4294967295
  %33 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %32
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = icmp sgt i32 %34, %26
  br i1 %35, label %36, label %42

36:                                               ; preds = %29
  %37 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %30
  store i32 %34, i32* %37, align 4, !tbaa !5
  %38 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %32
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %30
  store i32 %39, i32* %40, align 4, !tbaa !5
  %41 = icmp sgt i64 %30, 1
  br i1 %41, label %29, label %42, !llvm.loop !9

42:                                               ; preds = %36, %29
  %43 = phi i64 [ 0, %36 ], [ %30, %29 ]
  %44 = shl i64 %43, 32
  %45 = ashr exact i64 %44, 32
  %46 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %45
  store i32 %26, i32* %46, align 4, !tbaa !5
  %47 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %45
  store i32 %28, i32* %47, align 4, !tbaa !5
  %48 = add nuw nsw i64 %24, 1
  %49 = icmp eq i64 %48, %22
  br i1 %49, label %50, label %23, !llvm.loop !11

50:                                               ; preds = %42
  tail call void @stoptime() #4
  br i1 %20, label %51, label %84

51:                                               ; preds = %50
  %52 = zext i32 %1 to i64
  %53 = load i32, i32* getelementptr inbounds ([3000 x i32], [3000 x i32]* @keys, i64 0, i64 0), align 16, !tbaa !5
  br label %54

54:                                               ; preds = %51, %73
  %55 = phi i32 [ %53, %51 ], [ %60, %73 ]
  %56 = phi i64 [ 1, %51 ], [ %81, %73 ]
  %57 = phi i32 [ 0, %51 ], [ %80, %73 ]
  %58 = phi i32 [ 1, %51 ], [ %77, %73 ]
  %59 = getelementptr inbounds [3000 x i32], [3000 x i32]* @keys, i64 0, i64 %56
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = icmp eq i32 %60, %55
  br i1 %61, label %65, label %62

62:                                               ; preds = %54
  %63 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %56
  %64 = load i32, i32* %63, align 4, !tbaa !5
  br label %73

65:                                               ; preds = %54
  %66 = add nsw i64 %56, -1
  %67 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %56
  %68 = load i32, i32* %67, align 4, !tbaa !5
  %69 = getelementptr inbounds [3000 x i32], [3000 x i32]* @idx, i64 0, i64 %66
  %70 = load i32, i32* %69, align 4, !tbaa !5
  %71 = icmp slt i32 %68, %70
  %72 = select i1 %71, i32 0, i32 %58
  br label %73

73:                                               ; preds = %62, %65
  %74 = phi i32 [ %64, %62 ], [ %68, %65 ]
  %75 = phi i32 [ %58, %62 ], [ %72, %65 ]
  %76 = icmp slt i32 %60, %55
  %77 = select i1 %76, i32 0, i32 %75
  %78 = mul nsw i32 %57, 5
  %79 = add nsw i32 %74, %78
  %80 = srem i32 %79, 999983
  %81 = add nuw nsw i64 %56, 1
  %82 = icmp eq i64 %81, %52
  br i1 %82, label %84, label %54, !llvm.loop !13

83:                                               ; preds = %19, %4
  tail call void @stoptime() #4
  br label %84

84:                                               ; preds = %73, %83, %50
  %85 = phi i32 [ 1, %50 ], [ 1, %83 ], [ %77, %73 ]
  %86 = phi i32 [ 0, %50 ], [ 0, %83 ], [ %80, %73 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str, i64 0, i64 0), i32 noundef %85, i32 noundef %86) #4
  tail call void @putarray(i32 noundef 10, i32* noundef getelementptr inbounds ([3000 x i32], [3000 x i32]* @idx, i64 0, i64 0)) #4
  %87 = srem i32 %86, 256
  ret i32 %87
}

declare i32 @getint() local_unnamed_addr #3

declare void @starttime() local_unnamed_addr #3

declare void @stoptime() local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
