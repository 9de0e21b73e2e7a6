	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_negative_div_mod.sy"
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	li	s5, 0
	li	s4, 0
.LBB0_7:                                # Label of block must be emitted
	auipc	s6, %pcrel_hi(.L__const.main.nums)
	addi	s6, s6, %pcrel_lo(.LBB0_7)
.LBB0_8:                                # Label of block must be emitted
	auipc	s7, %pcrel_hi(.L__const.main.dens)
	addi	s7, s7, %pcrel_lo(.LBB0_8)
	li	s8, 20
	li	s9, 6
	j	.LBB0_2
.LBB0_1:                                #   in Loop: Header=BB0_2 Depth=1
	addi	s5, s5, 1
	beq	s5, s9, .LBB0_6
.LBB0_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_4 Depth 2
	slli	a0, s5, 2
	add	a0, a0, s6
	lw	s3, 0(a0)
	li	s0, 0
	j	.LBB0_4
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=2
	mulw	a0, s2, s2
	addi	s0, s0, 4
	addw	s4, s4, a0
	beq	s0, s8, .LBB0_1
.LBB0_4:                                #   Parent Loop BB0_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a0, s7, s0
	lw	s1, 0(a0)
	divw	s10, s3, s1
	mulw	s11, s10, s1
	subw	s2, s3, s11
	mv	a0, s3
	call	putint@plt
	li	a0, 47
	call	putch@plt
	mv	a0, s1
	call	putint@plt
	li	a0, 61
	call	putch@plt
	mv	a0, s10
	call	putint@plt
	li	a0, 32
	call	putch@plt
	mv	a0, s3
	call	putint@plt
	li	a0, 37
	call	putch@plt
	mv	a0, s1
	call	putint@plt
	li	a0, 61
	call	putch@plt
	mv	a0, s2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	addw	a0, s11, s2
	beq	a0, s3, .LBB0_3
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=2
	addi	s4, s4, 100
	j	.LBB0_3
.LBB0_6:
	li	a0, -6
	call	putint@plt
	li	a0, 10
	call	putch@plt
	mv	a0, s4
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	.L__const.main.nums,@object     # @__const.main.nums
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.nums:
	.word	17                              # 0x11
	.word	4294967279                      # 0xffffffef
	.word	7                               # 0x7
	.word	4294967289                      # 0xfffffff9
	.word	100                             # 0x64
	.word	4294967295                      # 0xffffffff
	.size	.L__const.main.nums, 24

	.type	.L__const.main.dens,@object     # @__const.main.dens
	.p2align	2
.L__const.main.dens:
	.word	5                               # 0x5
	.word	4294967291                      # 0xfffffffb
	.word	3                               # 0x3
	.word	4294967293                      # 0xfffffffd
	.word	1                               # 0x1
	.size	.L__const.main.dens, 20

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
